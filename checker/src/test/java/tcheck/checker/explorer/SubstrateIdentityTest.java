package tcheck.checker.explorer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tcheck.checker.explorer.runtime.Substrate;
import tcheck.scenario.Catalog;
import tcheck.scenario.Scenario;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The substrate is invisible to the search: every catalog scenario, explored at its default bound
 * on fresh platform threads, on pooled carriers and (JDK 21+) on virtual threads, gives the same
 * verdict, kind, message, schedule, trace, races and number of executions.
 */
class SubstrateIdentityTest {
    static Stream<String> ids() {
        return Catalog.ids().stream();
    }

    /** Later test classes in this JVM run on the substrate the build asked for. */
    private static Exploration explore(Scenario s, Substrate substrate) {
        return tcheck.checker.WithProperty.with(Substrate.PROPERTY, substrate.name().toLowerCase(java.util.Locale.ROOT),
                () -> Explorer.explore(new ScenarioSource(s, s.defaultBound()), ExplorerOptions.defaults()));
    }

    @ParameterizedTest
    @MethodSource("ids")
    void pooledCarriersExploreExactlyAsFreshThreads(String id) {
        Scenario s = Catalog.get(id);
        assertSame(id, explore(s, Substrate.THREADS), explore(s, Substrate.POOLED));
    }

    @ParameterizedTest
    @MethodSource("ids")
    void virtualThreadsExploreExactlyAsFreshThreads(String id) {
        assumeTrue(Substrate.available().contains(Substrate.VIRTUAL), "virtual threads need JDK 21");
        Scenario s = Catalog.get(id);
        assertSame(id, explore(s, Substrate.THREADS), explore(s, Substrate.VIRTUAL));
    }

    private static void assertSame(String id, Exploration threads, Exploration other) {
        assertEquals(threads.verdict(), other.verdict(), id + ": " + other.message());
        assertEquals(threads.kind(), other.kind(), id);
        assertEquals(threads.message(), other.message(), id);
        assertEquals(threads.schedule(), other.schedule(), id);
        assertEquals(threads.preemptions(), other.preemptions(), id);
        assertEquals(threads.trace(), other.trace(), id + ": same steps, values and states");
        assertEquals(threads.failingStep(), other.failingStep(), id);
        assertEquals(threads.threads(), other.threads(), id);
        assertEquals(String.valueOf(threads.races()), String.valueOf(other.races()), id);
        assertEquals(threads.complete(), other.complete(), id);
        assertEquals(threads.executions(), other.executions(), id + ": the search took the same path");
    }
}
