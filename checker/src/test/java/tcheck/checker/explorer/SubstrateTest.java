package tcheck.checker.explorer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tcheck.checker.explorer.javafixtures.DaemonStatus;
import tcheck.checker.explorer.javafixtures.JoinInsideStaticInit;
import tcheck.checker.explorer.javafixtures.ThreadIdentity;
import tcheck.checker.explorer.runtime.Substrate;
import tcheck.results.Verdict;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On pooled carriers and on virtual threads the checked code still sees its own threads: identity,
 * names, locals, handlers, liveness.
 */
class SubstrateTest {
    private final String configured = System.getProperty(Substrate.PROPERTY);

    /** Later test classes in this JVM run on the substrate the build asked for. */
    @AfterEach
    void restore() {
        if (configured == null) {
            System.clearProperty(Substrate.PROPERTY);
        } else {
            System.setProperty(Substrate.PROPERTY, configured);
        }
    }

    private static Exploration explore(Substrate substrate) {
        System.setProperty(Substrate.PROPERTY, substrate.name().toLowerCase(java.util.Locale.ROOT));
        RealThreadProbe.takeAll();
        return RealJavaTest.explore(ThreadIdentity.class);
    }

    @Test
    void onPooledCarriersTheProgramSeesItsOwnThreads() {
        Exploration e = explore(Substrate.POOLED);
        assertEquals(Verdict.VERIFIED, e.verdict(), e.message());
        assertTrue(e.complete());
        Set<String> real = RealThreadProbe.takeAll();
        assertFalse(real.isEmpty());
        assertTrue(real.stream().allMatch(n -> n.startsWith("tcheck-carrier-")), "bodies ran on carriers: " + real);
    }

    @Test
    void onPooledCarriersDaemonStatusIsTheProgramsOwn() {
        System.setProperty(Substrate.PROPERTY, "pooled");
        Exploration e = RealJavaTest.explore(DaemonStatus.class);
        assertEquals(Verdict.VERIFIED, e.verdict(), e.message());
    }

    /** The live threads whose names start so: a substrate's carriers. */
    private static java.util.List<Thread> carriers(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix)).toList();
    }

    @Test
    void idleCarriersEndWhenInterruptedAndThePoolMakesNewOnes() {
        assertEquals(Verdict.VERIFIED, explore(Substrate.POOLED).verdict());
        java.util.List<Thread> idle = carriers("tcheck-carrier-");
        assertFalse(idle.isEmpty());
        idle.forEach(Thread::interrupt); // as a JVM's owner asks its threads to end (exec:java does)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> idle.stream().noneMatch(Thread::isAlive));
        Exploration again = explore(Substrate.POOLED);
        assertEquals(Verdict.VERIFIED, again.verdict(), again.message());
        assertTrue(RealThreadProbe.takeAll().stream().allMatch(n -> n.startsWith("tcheck-carrier-")));
    }

    @Test
    void onFreshThreadsTheBodyRunsOnTheStartedThreadItself() {
        Exploration e = explore(Substrate.THREADS);
        assertEquals(Verdict.VERIFIED, e.verdict(), e.message());
        assertEquals(Set.of("itself"), RealThreadProbe.takeAll());
    }

    @Test
    void onVirtualThreadsTheProgramSeesItsOwnThreads() {
        assumeTrue(Substrate.available().contains(Substrate.VIRTUAL), "virtual threads need JDK 21");
        Exploration e = explore(Substrate.VIRTUAL);
        assertEquals(Verdict.VERIFIED, e.verdict(), e.message());
        assertTrue(e.complete());
        assertEquals(Set.of("virtual"), RealThreadProbe.takeAll(), "bodies ran on virtual threads");
    }

    @Test
    void onVirtualThreadsDaemonStatusIsTheProgramsOwn() {
        assumeTrue(Substrate.available().contains(Substrate.VIRTUAL), "virtual threads need JDK 21");
        System.setProperty(Substrate.PROPERTY, "virtual");
        Exploration e = RealJavaTest.explore(DaemonStatus.class);
        assertEquals(Verdict.VERIFIED, e.verdict(), e.message());
    }

    /** Main waits inside a class initializer, where its virtual thread cannot unmount: the worker it waits for still runs. */
    @Test
    void aVirtualThreadBlockedInsideAStaticInitializerLetsTheOthersRun() {
        assumeTrue(Substrate.available().contains(Substrate.VIRTUAL), "virtual threads need JDK 21");
        System.setProperty(Substrate.PROPERTY, "virtual");
        Exploration e = RealJavaTest.explore(JoinInsideStaticInit.class);
        assertEquals(Verdict.VERIFIED, e.verdict(), e.message());
        assertTrue(e.complete(), e.message());
        System.setProperty(Substrate.PROPERTY, "threads");
        assertEquals(RealJavaTest.explore(JoinInsideStaticInit.class).executions(), e.executions(), "the same search on fresh threads");
    }

    @Test
    void idleVirtualCarriersEndWhenInterruptedAndNewOnesAreMade() {
        assumeTrue(Substrate.available().contains(Substrate.VIRTUAL), "virtual threads need JDK 21");
        assertEquals(Verdict.VERIFIED, explore(Substrate.VIRTUAL).verdict());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> !carriers("tcheck-vcarrier-").isEmpty()
                && carriers("tcheck-vcarrier-").stream().allMatch(t -> t.getState() == Thread.State.WAITING));
        java.util.List<Thread> idle = carriers("tcheck-vcarrier-");
        idle.forEach(Thread::interrupt);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> idle.stream().noneMatch(Thread::isAlive));
        Exploration again = explore(Substrate.VIRTUAL);
        assertEquals(Verdict.VERIFIED, again.verdict(), again.message());
        assertEquals(Set.of("virtual"), RealThreadProbe.takeAll());
        assertFalse(carriers("tcheck-vcarrier-").isEmpty(), "a new carrier serves them");
    }

    /** The program's own virtual threads are not controlled, on any substrate: an error saying where, never a verdict. */
    @Test
    void theProgramsOwnVirtualThreadsAreAnErrorThatSaysWhere() {
        assumeTrue(Substrate.available().contains(Substrate.VIRTUAL), "virtual threads need JDK 21");
        for (Substrate sub : Substrate.available()) {
            System.setProperty(Substrate.PROPERTY, sub.name().toLowerCase(java.util.Locale.ROOT));
            Exploration e = RealJavaTest.explore(tcheck.checker.explorer.javafixtures.StartsVirtualThread.class);
            assertEquals(Verdict.ERROR, e.verdict(), sub + ": " + e.message());
            assertTrue(e.message().contains("started a virtual thread") && e.message().contains("StartsVirtualThread.java"),
                    sub + ": " + e.message());
        }
    }

    @Test
    void anUnknownSubstrateIsRefusedWithItsName() {
        System.setProperty(Substrate.PROPERTY, "fibers");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, Substrate::configured);
        assertTrue(e.getMessage().contains("'fibers'"), e.getMessage());
    }
}
