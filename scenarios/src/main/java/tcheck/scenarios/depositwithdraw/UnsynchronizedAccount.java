package tcheck.scenarios.depositwithdraw;

/**
 * The account without any lock: {@code balance = balance + amount} and the withdraw's check and
 * subtract are plain reads and writes of one field.
 *
 * <p>It re-tells seed {@code 000_715c6142ede907d2.txt} lines 465-498: a deposit process does
 * {@code total.value += 5} and a withdraw process {@code total.value -= 5}, 100 times each, from 500.
 * (The notes print "Total = 500": {@code Value} has its own RLock, which makes each single read and
 * each single write atomic, but {@code +=} is a read and a write with a gap between them, and the
 * {@code sleep(0.01)} between iterations only makes the gap unlikely to be hit.) A deposit that reads
 * 500, then lets a withdraw run to 495, then writes 505 has erased the withdraw: the final balance is
 * 505 instead of 500. The broken property: balance == initial + deposits - successful withdrawals.
 */
public class UnsynchronizedAccount implements Account {
    /** Package-private so the scenario can show it in traces. */
    int balance;

    public UnsynchronizedAccount(int initialBalance) {
        this.balance = initialBalance;
    }

    @Override
    public void deposit(int amount) {
        balance = balance + amount;
    }

    @Override
    public boolean withdraw(int amount) {
        if (balance >= amount) {
            balance = balance - amount;
            return true;
        }
        return false;
    }

    @Override
    public int balance() {
        return balance;
    }
}
