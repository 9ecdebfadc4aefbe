package tcheck.engines.realthreads;

import org.junit.jupiter.api.Test;
import tcheck.results.FailureKind;
import tcheck.scenario.Bound;
import tcheck.scenarios.depositwithdraw.CheckThenWithdrawScenario;
import tcheck.scenarios.depositwithdraw.LockedAccountScenario;
import tcheck.scenarios.depositwithdraw.UnsynchronizedAccountScenario;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deposit-withdraw family on real threads: 2 threads x 1,000,000 operations of 5 (the seed does
 * 100 each with a 10 ms sleep between, which hides the race), 20 fresh runs per variant.
 */
class DepositWithdrawRealThreadTest {
    private static final Bound LARGE = Bound.of(2, 1_000_000);
    private static final int RUNS = 20;
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    /** Both the depositor/withdrawer mix and the race for the last money, each on its own LockedAccount. */
    @Test
    void lockedAccountNeitherLosesUpdatesNorOverdraws() {
        RealThreadCampaign.run(new LockedAccountScenario(), LARGE, RUNS, DEADLINE).assertAllCleanAndRecord(Map.of());
    }

    /**
     * D1 deposits while W1 withdraws, without a lock. Measured on the 2-core build machine, four
     * campaigns of 20 runs: the final balance missed the expected 5,000,000 in 9, 3, 6 and 0 runs
     * (as low as 2,637,910); as with the counter, the JIT keeps the two loops from overlapping often. Recorded, not asserted ({@code showedTheBug} in the results file has
     * this run's figure); asserted is that runs finish, nothing throws, and a failing check is the
     * lost update ("invariant").
     */
    @Test
    void unsynchronizedAccountOnRealThreads() {
        RealThreadCampaign c = RealThreadCampaign.run(new UnsynchronizedAccountScenario(), LARGE, RUNS, DEADLINE);
        assertFinishedWithoutExceptions(c);
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (ProgramOnRealThreads.Run r : c.runs) {
            int balance = (Integer) r.finalState().get("balance");
            min = Math.min(min, balance);
            max = Math.max(max, balance);
        }
        long lost = c.count(r -> r.violation() != null);
        int expected = 5 * LARGE.operations(); // max(500, 5 x 100,000 x 1 withdrawer), +deposits -withdrawals
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("expectedBalance", expected);
        figures.put("minFinalBalance", min);
        figures.put("maxFinalBalance", max);
        c.recordBuggy(FailureKind.INVARIANT, lost, "lost update in " + lost + " of " + c.runs.size() + " runs at " + LARGE
                + " (final balance " + min + ".." + max + ", expected " + expected + ")", figures);
    }

    /**
     * W1 and W2 race for a balance that covers one of them, each check and each subtract
     * synchronized on its own. The overdraft needs both withdrawers between check and subtract while
     * exactly 5 is left, once per run; measured on the 2-core build machine, three campaigns of 20
     * runs: balance -5 in 10, 9 and 8 runs. Recorded, not asserted; asserted is that runs finish, nothing throws, and a failing check is an
     * overdraft (the accesses themselves are atomic, so no update is ever lost).
     */
    @Test
    void checkThenWithdrawOnRealThreads() {
        RealThreadCampaign c = RealThreadCampaign.run(new CheckThenWithdrawScenario(), LARGE, RUNS, DEADLINE);
        assertFinishedWithoutExceptions(c);
        int lowest = Integer.MAX_VALUE;
        for (ProgramOnRealThreads.Run r : c.runs) {
            if (r.violation() != null) {
                assertTrue(r.violation().getMessage().startsWith("overdraft"), r.violation().getMessage());
            }
            lowest = Math.min(lowest, (Integer) r.finalState().get("balance"));
        }
        long overdrafts = c.count(r -> r.violation() != null);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("lowestFinalBalance", lowest);
        c.recordBuggy(FailureKind.INVARIANT, overdrafts, "overdraft in " + overdrafts + " of " + c.runs.size() + " runs at "
                + LARGE + " (lowest final balance " + lowest + ")", figures);
    }

    private static void assertFinishedWithoutExceptions(RealThreadCampaign c) {
        for (ProgramOnRealThreads.Run r : c.runs) {
            assertTrue(r.finished(), "an account without waits cannot block: " + r.waiting());
            assertTrue(r.uncaught().isEmpty(), r.uncaught().toString());
            if (r.violation() != null) {
                assertEquals(FailureKind.INVARIANT, FailureKind.of(r.violation().kind()));
            }
        }
    }
}
