package tcheck.scenarios.depositwithdraw;

import org.junit.jupiter.api.Test;
import tcheck.scenario.Bound;
import tcheck.scenario.Program;
import tcheck.scenario.Scenario;
import tcheck.scenario.Violation;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One sequential meaning for every account, and the checks that must catch both account bugs. */
class AccountsTest {
    private static final List<IntFunction<Account>> ACCOUNTS = List.of(UnsynchronizedAccount::new,
            CheckThenWithdrawAccount::new, LockedAccount::new);

    @Test
    void everyAccountDepositsAndWithdrawsWithoutOverdrawingOnOneThread() {
        for (IntFunction<Account> open : ACCOUNTS) {
            Account a = open.apply(5);
            String name = a.getClass().getSimpleName();
            a.deposit(5);
            assertEquals(10, a.balance(), name);
            assertTrue(a.withdraw(10), name);
            assertEquals(0, a.balance(), name);
            assertFalse(a.withdraw(5), name + " overdrew");
            assertEquals(0, a.balance(), name + " changed on a refused withdraw");
        }
    }

    @Test
    void oneThreadProgramsRunClean() {
        for (Scenario s : List.of(new UnsynchronizedAccountScenario(), new CheckThenWithdrawScenario(),
                new LockedAccountScenario())) {
            Program p = s.newProgram(Bound.of(1, 4));
            p.run();
            p.check();
        }
    }

    @Test
    void defaultProgramsStartFromTheSeedsBalancesAndShowThem() {
        assertEquals(Map.of("balance", 500), new UnsynchronizedAccountScenario().newProgram(Bound.of(2, 1)).sharedState());
        assertEquals(Map.of("balance", 5), new CheckThenWithdrawScenario().newProgram(Bound.of(2, 1)).sharedState());
        assertEquals(List.of("mix.balance", "last5.balance"),
                List.copyOf(new LockedAccountScenario().newProgram(Bound.of(2, 1)).sharedState().keySet()));
        // large bounds raise the starting balance so every withdraw of the mix can pass
        assertEquals(Map.of("balance", 5 * 1000 * 2),
                new UnsynchronizedAccountScenario().newProgram(Bound.of(4, 1000)).sharedState());
    }

    @Test
    void checkCatchesALostUpdate() {
        Program p = new UnsynchronizedAccountScenario().newProgram(Bound.of(2, 1)); // never run: the deposit is missing
        Violation v = assertThrows(Violation.class, p::check);
        assertEquals("invariant", v.kind());
        assertTrue(v.getMessage().startsWith("final balance 500, expected 505"), v.getMessage());
    }

    @Test
    void checkCatchesAnOverdraft() {
        UnsynchronizedAccount account = new UnsynchronizedAccount(5);
        AccountRun run = new AccountRun("balance", account, () -> account.balance, 0, 2, 1);
        account.balance = -5; // what two withdrawers that both passed the check leave behind
        run.granted[0] = 1;
        run.granted[1] = 1;
        assertEquals("overdraft: balance -5 < 0", run.violation());
        account.balance = 0;
        run.granted[1] = 0;
        assertNull(run.violation());
    }
}
