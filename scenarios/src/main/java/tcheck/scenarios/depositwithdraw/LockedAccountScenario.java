package tcheck.scenarios.depositwithdraw;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

/**
 * {@code deposit-withdraw/locked}: both buggy programs, one after the other, over
 * {@link LockedAccount}s. First the mix (D1 deposits while W1 withdraws, from 500: no lost update),
 * then the race for the last 5 (W2 and W3 withdraw from 5: no overdraft). Two accounts rather than
 * one, because on a single account a later deposit would cover up an overdraft before the final
 * check could see it. The seed's fix is {@code 000_715c6142ede907d2.txt} lines 506-543
 * ({@code lock.acquire(); total.value += 5; lock.release()}).
 */
public class LockedAccountScenario extends DepositWithdrawScenario {
    @Override
    public String variant() {
        return "locked";
    }

    @Override
    public Expected expected() {
        return Expected.FIXED;
    }

    @Override
    public String title() {
        return "one ReentrantLock around read-modify-write and check-then-act";
    }

    @Override
    public String lesson() {
        return "Holding one lock from the read to the write makes deposit and withdraw indivisible (no lost"
                + " update), and holding it from the check to the subtract means the balance checked is the"
                + " balance changed (no overdraft).";
    }

    @Override
    public String expectedKind() {
        return null;
    }

    @Override
    public String seed() {
        return "000_715c6142ede907d2.txt lines 506-543 (deposit/withdraw with lock.acquire()/release())";
    }

    @Override
    public String boundMeaning() {
        return "two accounts in turn: mix.balance with ceil(n/2) depositors and floor(n/2) withdrawers from"
                + " max(500, 5 x operations x withdrawers), then last5.balance with n withdrawers from"
                + " 5 x operations; operations: deposits or withdrawals of 5 per thread; capacity unused";
    }

    @Override
    boolean raceFree() {
        return true;
    }

    @Override
    AccountRun open(String name, int initial, int depositors, int withdrawers, int operations) {
        LockedAccount account = new LockedAccount(initial);
        return new AccountRun(name, account, () -> account.balance, depositors, withdrawers, operations);
    }

    @Override
    public Program newProgram(Bound bound) {
        return new BankProgram(mix("mix.balance", bound), lastFive("last5.balance", bound));
    }
}
