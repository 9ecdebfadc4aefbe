package tcheck.scenarios.depositwithdraw;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

/**
 * {@code deposit-withdraw/unsynchronized}: a depositor D1 and a withdrawer W1 share an
 * {@link UnsynchronizedAccount} holding 500, as in seed {@code 000_715c6142ede907d2.txt} lines
 * 465-498. With the default bound (2 x 1): D1 reads 500, W1 checks and takes 5 (495), D1 writes 505;
 * the final balance is 505 where 500 + 5 - 5 = 500 was due: the withdraw was lost.
 */
public class UnsynchronizedAccountScenario extends DepositWithdrawScenario {
    @Override
    public String variant() {
        return "unsynchronized";
    }

    @Override
    public Expected expected() {
        return Expected.BUGGY;
    }

    @Override
    public String title() {
        return "balance += 5 / -= 5 without a lock";
    }

    @Override
    public String lesson() {
        return "balance = balance + 5 reads, then writes. A withdraw that runs between the deposit's read and"
                + " write is overwritten by the deposit's stale sum: the money it took reappears (lost update).";
    }

    @Override
    public String expectedKind() {
        return "invariant";
    }

    @Override
    public String seed() {
        return "000_715c6142ede907d2.txt lines 465-498 (deposit/withdraw on a shared Value without Lock)";
    }

    @Override
    public String boundMeaning() {
        return "threads: ceil(n/2) depositors D.. and floor(n/2) withdrawers W..; operations: deposits or"
                + " withdrawals of 5 per thread; initial balance max(500, 5 x operations x withdrawers); capacity unused";
    }

    @Override
    boolean raceFree() {
        return false;
    }

    @Override
    AccountRun open(String name, int initial, int depositors, int withdrawers, int operations) {
        UnsynchronizedAccount account = new UnsynchronizedAccount(initial);
        return new AccountRun(name, account, () -> account.balance, depositors, withdrawers, operations);
    }

    @Override
    public Program newProgram(Bound bound) {
        return new BankProgram(mix("balance", bound));
    }
}
