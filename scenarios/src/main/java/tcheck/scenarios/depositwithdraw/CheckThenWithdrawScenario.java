package tcheck.scenarios.depositwithdraw;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

/**
 * {@code deposit-withdraw/check-then-withdraw}: withdrawers W1 and W2 each withdraw 5 once from a
 * {@link CheckThenWithdrawAccount} holding 5. W1 reads 5 (enough), W2 reads 5 (enough), W1
 * subtracts (0), W2 subtracts (-5): "overdraft: balance -5 < 0", though every single access to
 * the balance held the account's monitor. It extends seed {@code 000_715c6142ede907d2.txt} lines
 * 465-498, whose {@code Value} synchronizes each single access (lines 481-485), with the balance
 * check a real withdraw makes.
 */
public class CheckThenWithdrawScenario extends DepositWithdrawScenario {
    @Override
    public String variant() {
        return "check-then-withdraw";
    }

    @Override
    public Expected expected() {
        return Expected.BUGGY;
    }

    @Override
    public String title() {
        return "atomic check, then atomic withdraw: overdraft";
    }

    @Override
    public String lesson() {
        return "Each read and each write of the balance is synchronized, but the check and the subtract are"
                + " two critical sections. Two withdrawers both see 5, both pass the check, both subtract: -5."
                + " Race-free code can still be wrong: the check and the act must be one atomic step.";
    }

    @Override
    public String expectedKind() {
        return "invariant";
    }

    @Override
    public String seed() {
        return "000_715c6142ede907d2.txt lines 465-498 (withdraw on a shared Value whose single accesses are"
                + " synchronized by its RLock, lines 481-485), with the balance check a real withdraw needs";
    }

    @Override
    public String boundMeaning() {
        return "threads: withdrawers W1..Wn; operations: withdrawals of 5 each, from a balance of"
                + " 5 x operations (one withdrawer's share); no deposits; capacity unused";
    }

    @Override
    boolean raceFree() {
        return true;
    }

    @Override
    AccountRun open(String name, int initial, int depositors, int withdrawers, int operations) {
        CheckThenWithdrawAccount account = new CheckThenWithdrawAccount(initial);
        return new AccountRun(name, account, () -> account.balance, depositors, withdrawers, operations);
    }

    @Override
    public Program newProgram(Bound bound) {
        return new BankProgram(lastFive("balance", bound));
    }
}
