package tcheck.scenarios.depositwithdraw;

/**
 * Every single access to {@code balance} is {@code synchronized}, and yet the account overdraws.
 *
 * <p>{@link #withdraw(int)} asks {@link #balance()} (one atomic read) and then calls
 * {@link #subtract(int)} (one atomic update): two separate critical sections. Between them the
 * monitor is free, so with 5 in the account two withdrawers can both see 5, both decide "enough",
 * and both subtract: the balance ends at -5. There is no data race here (all accesses hold the
 * monitor); the bug is a check-then-act atomicity violation. It is how the seed's shared
 * {@code Value} behaves ({@code 000_715c6142ede907d2.txt} lines 481-485: "synchronized using RLock"
 * per access) once the withdraw of lines 474-478 checks the balance first, as a real account must.
 * The broken property: the balance never goes below zero.
 */
public class CheckThenWithdrawAccount implements Account {
    /** Package-private so the scenario can show it in traces without taking the monitor. */
    int balance;

    public CheckThenWithdrawAccount(int initialBalance) {
        this.balance = initialBalance;
    }

    @Override
    public synchronized void deposit(int amount) {
        balance = balance + amount;
    }

    @Override
    public boolean withdraw(int amount) {
        if (balance() >= amount) { // the monitor is released here...
            subtract(amount);      // ...and taken again here: another withdraw can run in between
            return true;
        }
        return false;
    }

    @Override
    public synchronized int balance() {
        return balance;
    }

    private synchronized void subtract(int amount) {
        balance = balance - amount;
    }
}
