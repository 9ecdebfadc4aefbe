package tcheck.checker.explorer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tcheck.checker.explorer.runtime.Substrate;
import tcheck.scenario.Catalog;
import tcheck.scenario.Scenario;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The substrate is invisible to the search: every catalog scenario, explored at its default bound
 * on fresh platform threads and on pooled carriers, gives the same verdict, kind, message,
 * schedule, trace, races and number of executions.
 */
class SubstrateIdentityTest {
    static Stream<String> ids() {
        return Catalog.ids().stream();
    }

    /** Later test classes in this JVM run on the substrate the build asked for. */
    private static Exploration explore(Scenario s, Substrate substrate) {
        String configured = System.getProperty(Substrate.PROPERTY);
        System.setProperty(Substrate.PROPERTY, substrate.name().toLowerCase(java.util.Locale.ROOT));
        try {
            return Explorer.explore(new ScenarioSource(s, s.defaultBound()), ExplorerOptions.defaults());
        } finally {
            if (configured == null) {
                System.clearProperty(Substrate.PROPERTY);
            } else {
                System.setProperty(Substrate.PROPERTY, configured);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void pooledCarriersExploreExactlyAsFreshThreads(String id) {
        Scenario s = Catalog.get(id);
        Exploration threads = explore(s, Substrate.THREADS);
        Exploration pooled = explore(s, Substrate.POOLED);
        assertEquals(threads.verdict(), pooled.verdict(), id + ": " + pooled.message());
        assertEquals(threads.kind(), pooled.kind(), id);
        assertEquals(threads.message(), pooled.message(), id);
        assertEquals(threads.schedule(), pooled.schedule(), id);
        assertEquals(threads.preemptions(), pooled.preemptions(), id);
        assertEquals(threads.trace(), pooled.trace(), id + ": same steps, values and states");
        assertEquals(threads.failingStep(), pooled.failingStep(), id);
        assertEquals(threads.threads(), pooled.threads(), id);
        assertEquals(String.valueOf(threads.races()), String.valueOf(pooled.races()), id);
        assertEquals(threads.complete(), pooled.complete(), id);
        assertEquals(threads.executions(), pooled.executions(), id + ": the search took the same path");
    }
}
