package tcheck.checker.explorer;

import org.junit.jupiter.api.Test;
import tcheck.checker.explorer.jdkfixtures.ExecutorCounts;
import tcheck.checker.explorer.jdkfixtures.MapLostUpdate;
import tcheck.checker.explorer.jdkfixtures.MapMerge;
import tcheck.checker.explorer.jdkfixtures.OneReadWriteLock;
import tcheck.checker.explorer.jdkfixtures.QueueHandOff;
import tcheck.checker.explorer.jdkfixtures.ReadWriteThroughLock;
import tcheck.checker.explorer.jdkfixtures.TwoReadWriteLocks;
import tcheck.results.FailureKind;
import tcheck.results.Verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JDK's own java.util.concurrent code under the explorer's control. */
class JdkControlTest {
    private static Exploration explore(Class<? extends Runnable> c) {
        RunnableSource src = RunnableSource.of(c.getName(), JdkControlTest.class.getClassLoader(),
                name -> name.startsWith("tcheck.checker.explorer.jdkfixtures."));
        return Explorer.explore(src, ExplorerOptions.defaults().withStuckTimeout(5_000));
    }

    private static void assertVerified(Exploration e) {
        assertEquals(Verdict.VERIFIED, e.verdict(), e.message());
        assertTrue(e.complete(), e.message());
    }

    private static void assertReplays(Class<? extends Runnable> c, Exploration e) {
        RunnableSource src = RunnableSource.of(c.getName(), JdkControlTest.class.getClassLoader(),
                name -> name.startsWith("tcheck.checker.explorer.jdkfixtures."));
        Exploration again = Explorer.explore(src, ExplorerOptions.defaults().withStrategy("replay").withSchedule(e.schedule()));
        assertEquals(e.kind(), again.kind(), again.message());
        assertEquals(e.trace(), again.trace());
    }

    /**
     * The bridge is the bootstrap loader's, the one {@code java.base} calls, with no copy of the application's
     * loader beside it (the handler implementing a copy's interface would not link).
     */
    @Test
    void theBridgeIsTheBootstrapLoadersOwn() throws Exception {
        assertNull(tcheck.checker.explorer.jdk.JdkControl.ensureInstalled());
        for (String bridge : new String[] {"tcheck.jdkbridge.JdkBridge", "tcheck.jdkbridge.JdkBridge$Handler"}) {
            assertNull(Class.forName(bridge, false, JdkControlTest.class.getClassLoader()).getClassLoader(), bridge);
        }
    }

    @Test
    void getThenPutOnAConcurrentHashMapLosesAnUpdate() {
        Exploration e = explore(MapLostUpdate.class);
        assertEquals(Verdict.COUNTEREXAMPLE, e.verdict(), e.message());
        assertEquals(FailureKind.INVARIANT, e.kind(), e.message());
        assertReplays(MapLostUpdate.class, e);
    }

    @Test
    void callsOnUnrelatedLocksCommuteCallsOnOneLockDoNot() {
        Exploration two = explore(TwoReadWriteLocks.class);
        Exploration one = explore(OneReadWriteLock.class);
        assertVerified(two);
        assertVerified(one);
        assertTrue(two.executions() < one.executions(), "two unrelated locks need fewer orders than one shared lock: "
                + two.executions() + " vs " + one.executions());
    }

    @Test
    void mergeIsAtomicAndNotARace() {
        assertVerified(explore(MapMerge.class));
    }

    @Test
    void readWriteLockThroughTheLockInterface() {
        assertVerified(explore(ReadWriteThroughLock.class));
    }

    @Test
    void blockingQueueHandOff() {
        assertVerified(explore(QueueHandOff.class));
    }

    @Test
    void executorWithShutdownAndAwaitTermination() {
        assertVerified(explore(ExecutorCounts.class));
    }
}
