package tcheck.checker.explorer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tcheck.checker.explorer.fixtures.CheckThenAct;
import tcheck.checker.explorer.fixtures.CountForever;
import tcheck.checker.explorer.fixtures.GuardedCounter;
import tcheck.checker.explorer.fixtures.IfWaitOnce;
import tcheck.checker.explorer.fixtures.LateWrite;
import tcheck.checker.explorer.fixtures.OppositeLockOrder;
import tcheck.checker.explorer.fixtures.OppositeReentrantLocks;
import tcheck.checker.explorer.fixtures.OwnFields;
import tcheck.checker.explorer.fixtures.RacyIncrement;
import tcheck.checker.explorer.fixtures.RacySubclassedThreads;
import tcheck.checker.explorer.fixtures.SharedReadWrite;
import tcheck.checker.explorer.fixtures.SpinForever;
import tcheck.results.FailureKind;
import tcheck.results.Verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search strategies on tiny programs whose answers are known by hand. */
class DporSelfTest {
    /**
     * T1 writes a1 then a2, T2 writes b1 then b2: no two operations conflict, so all interleavings
     * are one Mazurkiewicz trace and DPOR runs one execution. Naive DFS runs every interleaving:
     * the workers' writes alone interleave in C(4,2) = 6 ways, and main's steps (start T1 S1,
     * start T2 S2, join T1 J1, join T2 J2) interleave with them too. Counting the orders of the
     * events S1 S2 J1 J2 a1 a2 b1 b2 that respect program order, S1 < a1, S2 < b1, a2 < J1 and
     * b2 < J2 gives 19 executions.
     */
    @Test
    void independentWritesAreOneExecutionForDpor() {
        Exploration dpor = Fixtures.explore(OwnFields.class, "dpor");
        Exploration naive = Fixtures.explore(OwnFields.class, "dfs");
        assertEquals(Verdict.VERIFIED, dpor.verdict(), dpor.message());
        assertEquals(1, dpor.executions(), dpor.message());
        assertEquals(Verdict.VERIFIED, naive.verdict());
        assertEquals(19, naive.executions(), naive.message());
    }

    /**
     * T1 and T2 each do {@code r = x; x = r + 1}. Operations: r1 w1 by T1, r2 w2 by T2. The reads
     * commute with each other; every other pair conflicts. Of the C(4,2) = 6 interleavings,
     * r1 r2 w1 w2 ~ r2 r1 w1 w2 and r1 r2 w2 w1 ~ r2 r1 w2 w1, so there are 4 Mazurkiewicz traces:
     * [r1 w1 r2 w2], [r2 w2 r1 w1], [r1 r2 w1 w2], [r1 r2 w2 w1]. DPOR explores exactly one
     * execution per trace.
     */
    @Test
    void readThenWriteExploresOneExecutionPerMazurkiewiczTrace() {
        Exploration dpor = Fixtures.explore(SharedReadWrite.class, "dpor");
        assertTrue(dpor.complete(), dpor.message());
        assertEquals(FailureKind.DATA_RACE, dpor.kind(), "x = x + 1 from two threads is a data race");
        assertEquals(4, dpor.executions(), dpor.message());
    }

    /** On small racy programs DPOR finds every violation naive DFS finds, and agrees on the clean one. */
    @ParameterizedTest
    @ValueSource(classes = {RacyIncrement.class, CheckThenAct.class, OppositeLockOrder.class, LateWrite.class, GuardedCounter.class})
    void dporNeverMissesWhatNaiveSearchFinds(Class<? extends Runnable> program) {
        Exploration naive = Fixtures.explore(program, "dfs");
        Exploration dpor = Fixtures.explore(program, "dpor");
        assertEquals(naive.foundCounterexample(), dpor.foundCounterexample(),
                program.getSimpleName() + ": naive " + naive.message() + " / dpor " + dpor.message());
        assertEquals(naive.kind(), dpor.kind(), program.getSimpleName());
        assertTrue(dpor.executions() <= naive.executions(), program.getSimpleName() + ": dpor " + dpor.executions()
                + " <= naive " + naive.executions());
    }

    @Test
    void oppositeLockOrderIsADeadlockWithACycle() {
        Exploration e = Fixtures.explore(OppositeLockOrder.class, "auto");
        assertEquals(FailureKind.DEADLOCK, e.kind());
        assertTrue(e.message().contains("Cycle: T1 -> T2 -> T1") || e.message().contains("Cycle: T2 -> T1 -> T2"), e.message());
    }

    @Test
    void preemptionBoundedSearchFindsTheFewestPreemptions() {
        Exploration e = Fixtures.explore(LateWrite.class, "pb");
        assertEquals(Verdict.COUNTEREXAMPLE, e.verdict(), e.message() + " " + e.strategy() + " " + e.executions());
        assertEquals(1, e.preemptions(), "T2's write between T1's reads needs one preemption of T1");
    }

    @Test
    void outOfBudgetIsBoundedNeverVerified() {
        Exploration e = Explorer.explore(Fixtures.source(GuardedCounter.class),
                ExplorerOptions.defaults().withStrategy("dfs").withBudget(1, 60_000));
        assertEquals(Verdict.BOUNDED, e.verdict(), e.message());
        assertTrue(e.message().contains("budget ran out"), e.message());
    }

    @Test
    void sampledSearchesAreNeverVerified() {
        for (String s : new String[] {"random", "pct"}) {
            Exploration e = Explorer.explore(Fixtures.source(GuardedCounter.class),
                    ExplorerOptions.defaults().withStrategy(s).withBudget(20, 60_000));
            assertEquals(Verdict.BOUNDED, e.verdict(), s + ": " + e.message());
        }
    }

    @Test
    void sameSeedSameSchedule() {
        ExplorerOptions o = ExplorerOptions.defaults().withStrategy("random").withSeed(42).withBudget(500, 60_000);
        Exploration a = Explorer.explore(Fixtures.source(LateWrite.class), o);
        Exploration b = Explorer.explore(Fixtures.source(LateWrite.class), o);
        assertEquals(a.schedule(), b.schedule());
        assertEquals(a.trace(), b.trace());
        assertEquals(a.executions(), b.executions());
    }

    @Test
    void spuriousWakeUpsAreAnOptionOffByDefault() {
        Exploration strict = Fixtures.explore(IfWaitOnce.class, "dpor");
        assertEquals(Verdict.VERIFIED, strict.verdict(), "wait() returns only after notify by default: " + strict.message());
        Exploration jls = Explorer.explore(Fixtures.source(IfWaitOnce.class),
                ExplorerOptions.defaults().withStrategy("dpor").withSpuriousWakeups(true));
        assertEquals(FailureKind.INVARIANT, jls.kind(), "with spurious wake-ups the if-wait goes on too early: " + jls.message());
        assertTrue(jls.trace().stream().anyMatch(t -> t.action().contains("without notify")), "the trace says so");
    }

    @Test
    void reentrantLocksInOppositeOrderDeadlock() {
        Exploration e = Fixtures.explore(OppositeReentrantLocks.class, "auto");
        assertEquals(FailureKind.DEADLOCK, e.kind(), e.message());
        assertTrue(e.message().contains("Cycle: T"), e.message());
        assertTrue(e.trace().stream().allMatch(t -> t.where().startsWith("OppositeReentrantLocks.java")),
                "the trace stays in the program's code, never inside java.util.concurrent");
    }

    @Test
    void spinningOnAFlagNobodySetsIsANonProgressCycle() {
        Exploration e = Explorer.explore(Fixtures.source(SpinForever.class),
                ExplorerOptions.defaults().withStrategy("dpor").withMaxSteps(60).withBudget(50, 30_000));
        assertEquals(FailureKind.LIVELOCK, e.kind(), e.message());
        assertEquals(2, e.details().get("cycleLength"), "read the flag, spin-wait: " + e.details());
    }

    @Test
    void aStepBoundWithoutACycleIsBoundedNeitherLivelockNorVerified() {
        Exploration e = Explorer.explore(Fixtures.source(CountForever.class),
                ExplorerOptions.defaults().withStrategy("dpor").withMaxSteps(60).withBudget(50, 30_000));
        assertEquals(Verdict.BOUNDED, e.verdict(), e.message());
        // no execution got to the program's end, so none to its checks: the result says so, and what to raise
        assertTrue(e.message().contains("every execution reached the step bound of 60 before the program ended (raise --max-steps)"), e.message());
        assertEquals(e.message().substring(e.message().indexOf("every execution")), e.details().get("stepBoundCut") + "", e.details().toString());
    }

    @Test
    void theStepBoundIsNamedOnlyWhenItCut() {
        Exploration sampled = Explorer.explore(Fixtures.source(CountForever.class),
                ExplorerOptions.defaults().withStrategy("random").withMaxSteps(60).withBudget(3, 30_000));
        assertTrue(sampled.message().contains("every execution reached the step bound of 60"), sampled.message());
        Exploration racy = Fixtures.explore(RacyIncrement.class, "dpor");
        assertFalse(racy.details().containsKey("stepBoundCut"), racy.details().toString());
        assertFalse(String.valueOf(racy.message()).contains("step bound"), racy.message());
    }

    @Test
    void threadSubclassesAreControlledToo() {
        Exploration e = Fixtures.explore(RacySubclassedThreads.class, "auto");
        assertEquals(FailureKind.INVARIANT, e.kind(), e.message());
        assertEquals(1, e.preemptions());
        assertTrue(e.trace().stream().anyMatch(t -> t.thread().equals("T2") && t.action().startsWith("write") && t.action().contains("count <- 1")), e.trace().toString());
    }
}
