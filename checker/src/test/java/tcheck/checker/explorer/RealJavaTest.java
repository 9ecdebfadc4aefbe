package tcheck.checker.explorer;

import org.junit.jupiter.api.Test;
import tcheck.checker.explorer.javafixtures.AssertsBeforeItsFinally;
import tcheck.checker.explorer.javafixtures.CommonPoolKeptBeforeTheRun;
import tcheck.checker.explorer.javafixtures.EndsHoldingALock;
import tcheck.checker.explorer.javafixtures.OverflowsBeforeItsFirstStep;
import tcheck.checker.explorer.javafixtures.ShowsItsRandomDraws;
import tcheck.checker.explorer.javafixtures.GetThenPutOnAConcurrentMap;
import tcheck.checker.explorer.javafixtures.RetriedTimedWait;
import tcheck.checker.explorer.javafixtures.ElapsedTime;
import tcheck.checker.explorer.javafixtures.ExitInThread;
import tcheck.checker.explorer.javafixtures.HandsWorkToALibraryThread;
import tcheck.checker.explorer.javafixtures.InitCycle;
import tcheck.checker.explorer.javafixtures.InterruptQueueTake;
import tcheck.checker.explorer.javafixtures.InterruptSleeper;
import tcheck.checker.explorer.javafixtures.InterruptWaiter;
import tcheck.checker.explorer.javafixtures.OwnPoolLostUpdate;
import tcheck.checker.explorer.javafixtures.ParallelStream;
import tcheck.checker.explorer.javafixtures.ParallelStreamLostUpdate;
import tcheck.checker.explorer.javafixtures.SelfInterrupt;
import tcheck.checker.explorer.javafixtures.SleepAsSynchronization;
import tcheck.checker.explorer.javafixtures.SpinsUntilCountedDown;
import tcheck.checker.explorer.javafixtures.StaticCounter;
import tcheck.checker.explorer.javafixtures.StaticInitLock;
import tcheck.checker.explorer.javafixtures.StaticRace;
import tcheck.checker.explorer.javafixtures.SubclassInitCycle;
import tcheck.checker.explorer.javafixtures.ThrowingConstructor;
import tcheck.checker.explorer.javafixtures.TimedAwaitAsserts;
import tcheck.results.FailureKind;
import tcheck.results.StepMark;
import tcheck.results.TraceStep;
import tcheck.results.Verdict;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The explorer on the parts of real Java a textbook leaves out: static state and initializers,
 * interrupts, time, System.exit, a throwing constructor, code it cannot control. Each verdict is
 * what a real JVM can show; every counterexample replays.
 */
class RealJavaTest {
    private static RunnableSource source(Class<?> c) {
        return RunnableSource.of(c.getName(), RealJavaTest.class.getClassLoader(),
                name -> name.startsWith("tcheck.checker.explorer.javafixtures."));
    }

    static Exploration explore(Class<?> c) {
        return Explorer.explore(source(c), ExplorerOptions.defaults().withStuckTimeout(5_000));
    }

    private static void assertVerified(Exploration e) {
        assertEquals(Verdict.VERIFIED, e.verdict(), e.message());
        assertTrue(e.complete(), e.message());
        assertTrue(e.executions() > 1 || e.trace().isEmpty(), "more than one execution explored: " + e.message());
    }

    private static Exploration assertCounterexample(Class<?> c, FailureKind kind) {
        Exploration e = explore(c);
        assertEquals(Verdict.COUNTEREXAMPLE, e.verdict(), e.message());
        assertEquals(kind, e.kind(), e.message());
        Exploration again = Explorer.explore(source(c), ExplorerOptions.defaults().withStrategy("replay").withSchedule(e.schedule()));
        assertEquals(kind, again.kind(), "the replay shows it again: " + again.message());
        assertEquals(e.trace(), again.trace());
        return e;
    }

    @Test
    void everyExecutionStartsFromTheSameStaticState() {
        Exploration e = explore(StaticCounter.class);
        assertVerified(e);
    }

    @Test
    void locksMadeInStaticInitializersAreControlled() {
        assertVerified(explore(StaticInitLock.class));
    }

    @Test
    void aRaceOnAStaticFieldIsFound() {
        assertCounterexample(StaticRace.class, FailureKind.INVARIANT);
    }

    @Test
    void initializersThatUseEachOtherFromTwoThreadsDeadlock() {
        Exploration e = assertCounterexample(InitCycle.class, FailureKind.DEADLOCK);
        assertTrue(e.message().contains("holds the initialization of class InitCycle.Ping")
                && e.message().contains("holds the initialization of class InitCycle.Pong")
                && (e.message().contains("Cycle: T1 -> T2 -> T1") || e.message().contains("Cycle: T2 -> T1 -> T2")), e.message());
    }

    @Test
    void aSubclassMadeInItsSuperClassInitializerCanDeadlock() {
        Exploration e = assertCounterexample(SubclassInitCycle.class, FailureKind.DEADLOCK);
        assertTrue(e.message().contains("the initialization of class SubclassInitCycle.Derived")
                && e.message().contains("the initialization of class SubclassInitCycle.Base"), e.message());
    }

    @Test
    void workHandedToAThreadStartedBeforeTheRunIsAnErrorNamingItNeverADeadlock() throws Exception {
        tcheck.checker.explorer.outside.LibraryPool.start();
        for (int i = 0; i < 3; i++) { // the same answer every time, whatever the outside thread is doing
            Exploration e = explore(HandsWorkToALibraryThread.class);
            assertEquals(Verdict.ERROR, e.verdict(), e.message());
            assertTrue(e.message().contains("'library-worker'"), e.message());
        }
    }

    @Test
    void interruptEndsASleep() {
        assertVerified(explore(InterruptSleeper.class));
    }

    @Test
    void interruptEndsAWait() {
        assertVerified(explore(InterruptWaiter.class));
    }

    @Test
    void interruptEndsATakeInsideTheJdk() {
        assertVerified(explore(InterruptQueueTake.class));
    }

    @Test
    void interruptedClearsAndIsInterruptedDoesNot() {
        assertVerified(explore(SelfInterrupt.class));
    }

    @Test
    void sleepingDoesNotOrderThreads() {
        Exploration e = assertCounterexample(SleepAsSynchronization.class, FailureKind.INVARIANT);
        assertTrue(e.message().contains("saw 0"), e.message());
    }

    /** A check of a timed wait's outcome that fails after the wait timed out: the trace blames the timeout, not the other thread's write. */
    @Test
    void aTimedWaitThatTimesOutIsWhereTheCheckOfItFails() {
        Exploration e = assertCounterexample(TimedAwaitAsserts.class, FailureKind.INVARIANT);
        assertTrue(e.message().contains("did not finish within a second"), e.message());
        TraceStep fails = e.trace().stream().filter(t -> t.has(StepMark.FAILS_HERE)).findFirst().orElseThrow();
        assertEquals("main", fails.thread(), e.trace().toString());
        assertTrue(fails.action().contains("await") && fails.action().contains("timed out"), fails.toString());
    }

    @Test
    void aCheckThatThrowsFailsWhereItThrewNotInItsFinally() {
        Exploration e = assertCounterexample(AssertsBeforeItsFinally.class, FailureKind.INVARIANT);
        TraceStep fails = e.trace().stream().filter(t -> t.has(StepMark.FAILS_HERE)).findFirst().orElseThrow();
        assertEquals("main", fails.thread(), e.trace().toString());
        assertTrue(fails.action().startsWith("read result"), fails.toString()); // not "write closed", the finally's
    }

    /**
     * A lost update through a concurrent map's get and put: the trace blames the put that went on from a stale
     * get, and the other thread's put in between, as it does for a field.
     */
    @Test
    void aStaleGetOfAConcurrentMapIsBlamedAsAFieldsStaleRead() {
        Exploration e = assertCounterexample(GetThenPutOnAConcurrentMap.class, FailureKind.INVARIANT);
        TraceStep fails = e.trace().stream().filter(t -> t.has(StepMark.FAILS_HERE)).findFirst().orElseThrow();
        TraceStep stale = e.trace().stream().filter(t -> t.has(StepMark.STALE_CHECK)).findFirst().orElseThrow(() -> new AssertionError(e.trace()));
        TraceStep between = e.trace().stream().filter(t -> t.has(StepMark.INTERFERES)).findFirst().orElseThrow();
        assertTrue(fails.action().contains(".put()"), fails.toString());
        assertTrue(stale.action().contains(".get()") && stale.thread().equals(fails.thread()), stale.toString());
        assertTrue(between.action().contains(".put()") && !between.thread().equals(fails.thread()), between.toString());
        assertTrue(stale.step() < between.step() && between.step() < fails.step(), e.trace().toString());
    }

    /**
     * Unseeded random numbers (new Random(), Math.random(), ThreadLocalRandom) are the same in every execution and
     * every exploration: a counterexample that depends on them replays, and the search never sees a schedule
     * change what the program draws.
     */
    @Test
    void unseededRandomDrawsAreTheSameInEveryExploration() {
        Exploration first = assertCounterexample(ShowsItsRandomDraws.class, FailureKind.INVARIANT);
        Exploration second = assertCounterexample(ShowsItsRandomDraws.class, FailureKind.INVARIANT);
        assertTrue(first.message().contains("draws "), first.message());
        assertEquals(first.message(), second.message());
        assertEquals(first.schedule(), second.schedule());
    }

    /**
     * A counterexample first found after a long spin of one thread (hundreds of steps) is shrunk to a
     * few dozen: the spin's laps are dropped by halves, where dropping them one by one would spend the
     * shrinking budget on a handful. The shorter schedule still replays to the same failure.
     */
    @Test
    void aLongSpinInTheFirstCounterexampleIsShrunkAway() {
        Exploration e = assertCounterexample(SpinsUntilCountedDown.class, FailureKind.INVARIANT);
        assertTrue(e.trace().size() < 40, e.trace().size() + " steps: " + e.schedule());
    }

    /** A thread that throws before any step of its own: the trace blames where it was started, not the starter's throw. */
    @Test
    void aThreadThatThrowsBeforeItsFirstStepIsBlamedWhereItStarted() {
        Exploration e = assertCounterexample(OverflowsBeforeItsFirstStep.class, FailureKind.EXCEPTION);
        assertTrue(e.message().contains("StackOverflowError in diver"), e.message());
        TraceStep fails = e.trace().stream().filter(t -> t.has(StepMark.FAILS_HERE)).findFirst().orElseThrow();
        assertTrue(fails.action().equals("start diver"), fails.toString());
        assertFalse(fails.has(StepMark.THROWS), "main did not throw: " + fails);
    }

    /** A deadlock on a lock whose holder ended: the trace blames where the holder took the lock it kept, not a join. */
    @Test
    void aLockKeptByAThreadThatEndedIsBlamedWhereItWasTaken() {
        Exploration e = assertCounterexample(EndsHoldingALock.class, FailureKind.DEADLOCK);
        assertTrue(e.message().contains("which ended holding it"), e.message());
        TraceStep fails = e.trace().stream().filter(t -> t.has(StepMark.FAILS_HERE)).findFirst().orElseThrow();
        assertEquals("Thread-0", fails.thread(), e.trace().toString());
        assertTrue(fails.action().startsWith("lock "), fails.toString());
    }

    /** A timed wait the thread waits again for, in a loop, is not where the check of what happened fails. */
    @Test
    void aTimedWaitWaitedForAgainIsNotBlamed() {
        Exploration e = assertCounterexample(RetriedTimedWait.class, FailureKind.INVARIANT);
        assertTrue(e.trace().stream().anyMatch(t -> t.action().contains("timed out")), "a timeout in the trace: " + e.trace());
        TraceStep fails = e.trace().stream().filter(t -> t.has(StepMark.FAILS_HERE)).findFirst().orElseThrow();
        assertFalse(fails.action().contains("timed out"), fails.toString());
    }

    @Test
    void aSleeperSeesTheTimeItSlept() {
        assertVerified(explore(ElapsedTime.class));
    }

    @Test
    void systemExitEndsTheProgramNotTcheck() {
        Exploration e = assertCounterexample(ExitInThread.class, FailureKind.EXCEPTION);
        assertTrue(e.message().contains("System.exit(3)") && e.message().contains("T1"), e.message());
    }

    @Test
    void aThrowingConstructorIsTheUsersException() {
        Exploration e = explore(ThrowingConstructor.class);
        assertEquals(FailureKind.EXCEPTION, e.kind(), e.message());
        assertTrue(e.message().contains("IllegalStateException: no configuration found"), e.message());
        assertTrue(e.message().contains("ThrowingConstructor.java"), "names the user's line: " + e.message());
        assertFalse(e.message().contains("internal"), e.message());
    }

    @Test
    void aMainMethodRunsWithItsArguments() {
        Exploration e = Explorer.explore(RunnableSource.of("tcheck.checker.explorer.javafixtures.MainKernel",
                List.of(java.nio.file.Path.of(RealJavaTest.class.getProtectionDomain().getCodeSource().getLocation().getPath())),
                List.of("2")), ExplorerOptions.defaults());
        assertEquals(Verdict.COUNTEREXAMPLE, e.verdict(), e.message());
        assertEquals(FailureKind.INVARIANT, e.kind(), e.message());
        assertTrue(e.message().contains("expected 2"), e.message());
    }

    @Test
    void aLostUpdateBetweenTasksOfAPoolTheProgramMadeIsFound() {
        Exploration e = assertCounterexample(OwnPoolLostUpdate.class, FailureKind.INVARIANT);
        assertTrue(e.message().contains("count 1"), e.message());
        assertTrue(e.threads().contains("ForkJoinPool-1-worker-1"), "the pool's workers are controlled threads: " + e.threads());
    }

    @Test
    void aParallelStreamRunsOnTheExecutionsOwnCommonPool() {
        assertVerified(explore(ParallelStream.class));
    }

    @Test
    void aLostUpdateInAParallelForEachIsFound() {
        Exploration e = assertCounterexample(ParallelStreamLostUpdate.class, FailureKind.INVARIANT);
        assertTrue(e.threads().contains("ForkJoinPool.commonPool-worker-1"), "the common pool's worker is a controlled thread: " + e.threads());
    }

    @Test
    void theJvmsOwnCommonPoolKeptFromBeforeTheRunIsAnErrorThatSaysSo() {
        Exploration e = explore(CommonPoolKeptBeforeTheRun.class);
        assertEquals(Verdict.ERROR, e.verdict(), e.message());
        assertTrue(e.message().contains("common ForkJoinPool") && e.message().contains("CommonPoolKeptBeforeTheRun.java"), e.message());
    }
}
