package tcheck.engines.linearizability;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tcheck.engines.EngineRun;
import tcheck.engines.Verdicts;
import tcheck.results.FailureKind;
import tcheck.results.Result;
import tcheck.results.ResultsFiles;
import tcheck.results.Verdict;
import tcheck.scenario.Catalog;
import tcheck.scenario.Expected;
import tcheck.scenario.Scenario;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code linearizability} engine on every catalog variant that has a concurrent object (results to
 * {@code target/results}, so the report has the column): a buggy object yields a counterexample, a
 * non-linearizable history unless its bug is a deadlock (a waiting operation is pending, never wrong);
 * a fixed one is verified by the complete search, every history linearizable.
 */
class LinearizabilityEngineTest {
    private static final LinearizabilityEngine ENGINE = new LinearizabilityEngine();

    static Stream<String> withObjects() {
        return Catalog.all().stream().filter(s -> ENGINE.notApplicable(s) == null).map(Scenario::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withObjects")
    void historiesAgainstTheSpec(String id) {
        Scenario s = Catalog.get(id);
        Result r = ENGINE.run(s, EngineRun.defaults()).get(0);
        ResultsFiles.write(r);
        assertEquals("linearizability", r.engine());
        if (s.expected() == Expected.FIXED) {
            assertEquals(Verdict.VERIFIED, r.verdict(), r.message());
            assertTrue(r.complete());
            return;
        }
        assertEquals(Verdict.COUNTEREXAMPLE, r.verdict(), r.message());
        assertNotNull(r.kind());
        if (r.kind() != FailureKind.DEADLOCK) {
            assertEquals(FailureKind.NON_LINEARIZABLE, r.kind(), id + ": " + r.message());
            assertTrue(r.replay() != null && r.replay().contains("--schedule"), "a schedule that replays it");
        }
    }
}
