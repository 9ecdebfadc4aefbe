package tcheck.checker.explorer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tcheck.checker.explorer.javafixtures.DaemonStatus;
import tcheck.checker.explorer.javafixtures.ThreadIdentity;
import tcheck.checker.explorer.runtime.Substrate;
import tcheck.results.Verdict;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On pooled carriers the checked code still sees its own threads: identity, names, locals, handlers, liveness. */
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

    private static java.util.List<Thread> carriers() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("tcheck-carrier-")).toList();
    }

    @Test
    void idleCarriersEndWhenInterruptedAndThePoolMakesNewOnes() {
        assertEquals(Verdict.VERIFIED, explore(Substrate.POOLED).verdict());
        java.util.List<Thread> idle = carriers();
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
    void anUnknownSubstrateIsRefusedWithItsName() {
        System.setProperty(Substrate.PROPERTY, "fibers");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, Substrate::configured);
        assertTrue(e.getMessage().contains("'fibers'"), e.getMessage());
    }
}
