package tcheck.stress.harness;

import tcheck.stress.barrier.NextRoundOvertakesWithOneAwait;
import tcheck.stress.barrier.NoOverlapWhenDoubleBuffered;
import tcheck.stress.barrier.NoOverlapWithPhaser;
import tcheck.stress.barrier.NoOverlapWithTwoAwaits;
import tcheck.stress.depositwithdraw.LostUpdateOnUnsynchronizedAccount;
import tcheck.stress.depositwithdraw.NoLostUpdateOnLockedAccount;
import tcheck.stress.depositwithdraw.NoOverdraftOnLockedAccount;
import tcheck.stress.depositwithdraw.OverdraftOnCheckThenWithdrawAccount;
import tcheck.stress.eventreaders.NoTornReadWithSnapshots;
import tcheck.stress.eventreaders.StaleFlagOnInPlaceUpdate;
import tcheck.stress.eventreaders.TornReadOnInPlaceUpdate;
import tcheck.stress.lockorder.AllOrNothingWhenGivingUp;
import tcheck.stress.lockorder.BothTransfersWithGlobalOrder;
import tcheck.stress.pcpcondition.HandOffThroughNotifyAllBuffer;
import tcheck.stress.pcpcondition.HandOffThroughTwoConditionBuffer;
import tcheck.stress.pcplock.NoExceptionOnCheckUnderLockQueue;
import tcheck.stress.pcplock.NoSuchElementOnCheckOutsideLockQueue;
import tcheck.stress.philosophers.EveryoneEatsWhenSeatedByChairs;
import tcheck.stress.philosophers.EveryoneEatsWithOrderedForks;
import tcheck.stress.philosophers.EveryoneEatsWithWaiter;
import tcheck.stress.printing.TornLinesWhenPrintingInPieces;
import tcheck.stress.printing.WholeLinesWithOneLock;
import tcheck.stress.racecounter.LostUpdateOnUnsynchronizedCounter;
import tcheck.stress.racecounter.NoLostUpdateOnAtomicCounter;
import tcheck.stress.racecounter.NoLostUpdateOnSynchronizedCounter;
import tcheck.stress.semaphore.OneInsideWithReleaseOnce;
import tcheck.stress.semaphore.OverReleaseThrowsOnBoundedSemaphore;
import tcheck.stress.semaphore.TwoInsideAfterOverRelease;
import tcheck.stress.simplequeue.LostItemOnSimpleQueue;
import tcheck.stress.simplequeue.NoLostItemOnLockedSimpleQueue;
import tcheck.stress.synchronizedqueue.HandOffThroughOneLockQueue;
import tcheck.stress.workerpool.EveryTaskOnceWithAPillPerWorker;

import java.util.List;

/**
 * Every jcstress test this module must run, named by class so a rename breaks the build instead of
 * silently shrinking the run. The harness checks this list against jcstress's generated
 * {@code META-INF/TestList} (a test missing here, or a list the annotation processor never wrote)
 * and against what actually ran.
 */
public final class StressSuite {
    public static final List<Class<?>> TESTS = List.of(
            // race-counter
            LostUpdateOnUnsynchronizedCounter.class,
            NoLostUpdateOnSynchronizedCounter.class,
            NoLostUpdateOnAtomicCounter.class,
            // deposit-withdraw
            LostUpdateOnUnsynchronizedAccount.class,
            OverdraftOnCheckThenWithdrawAccount.class,
            NoLostUpdateOnLockedAccount.class,
            NoOverdraftOnLockedAccount.class,
            // pcp-lock
            NoSuchElementOnCheckOutsideLockQueue.class,
            NoExceptionOnCheckUnderLockQueue.class,
            // pcp-condition: only the fixed buffers; the bugs need three threads (see HandOffThroughTwoConditionBuffer)
            HandOffThroughTwoConditionBuffer.class,
            HandOffThroughNotifyAllBuffer.class,
            // philosophers: only the fixed tables; a deadlocked or livelocked actor never returns
            EveryoneEatsWithOrderedForks.class,
            EveryoneEatsWithWaiter.class,
            EveryoneEatsWhenSeatedByChairs.class,
            // event-readers: the torn read first, so the variant's kind is "torn-read" whenever it shows
            TornReadOnInPlaceUpdate.class,
            StaleFlagOnInPlaceUpdate.class,
            NoTornReadWithSnapshots.class,
            // semaphore-pool
            TwoInsideAfterOverRelease.class,
            OverReleaseThrowsOnBoundedSemaphore.class,
            OneInsideWithReleaseOnce.class,
            // synchronized-queue: only the fixed queue; the bugs need two consumers besides a producer
            HandOffThroughOneLockQueue.class,
            // simple-queue
            LostItemOnSimpleQueue.class,
            NoLostItemOnLockedSimpleQueue.class,
            // interleaved-printing
            TornLinesWhenPrintingInPieces.class,
            WholeLinesWithOneLock.class,
            // barrier: not the party too many, whose actors never return
            NextRoundOvertakesWithOneAwait.class,
            NoOverlapWithTwoAwaits.class,
            NoOverlapWhenDoubleBuffered.class,
            NoOverlapWithPhaser.class,
            // worker-pool: only the pills done right; every bug here leaves a thread waiting for ever
            EveryTaskOnceWithAPillPerWorker.class,
            // lock-order: only the variants that always finish; a deadlocked or livelocked actor never returns
            BothTransfersWithGlobalOrder.class,
            AllOrNothingWhenGivingUp.class
    );

    /** The largest number of actors in any test: jcstress skips, and exits 0, below this many CPUs. */
    public static final int ACTORS = 2;

    private StressSuite() {
    }

    public static List<String> names() {
        return TESTS.stream().map(Class::getName).toList();
    }

    /** The scenario id ({@code family/variant}) a test belongs to, from its {@link StressOf}. */
    public static String scenarioOf(String testName) {
        StressOf of = stressOf(testName);
        if (of == null) {
            throw new IllegalStateException(testName + " is not in StressSuite.TESTS or has no @StressOf"
                    + " naming its scenario variant");
        }
        return of.value();
    }

    /** The results kind a test's bug outcome stands for, or "" to use the scenario's own. */
    public static String kindOf(String testName) {
        StressOf of = stressOf(testName);
        return of == null ? "" : of.kind();
    }

    /** A test's position in {@link #TESTS}, to list a variant's tests in a stable, meaningful order. */
    public static int indexOf(String testName) {
        return names().indexOf(testName);
    }

    private static StressOf stressOf(String testName) {
        return TESTS.stream().filter(c -> c.getName().equals(testName)).findFirst()
                .map(c -> c.getAnnotation(StressOf.class)).orElse(null);
    }
}
