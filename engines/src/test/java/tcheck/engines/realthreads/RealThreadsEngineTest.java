package tcheck.engines.realthreads;

import org.junit.jupiter.api.Test;
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

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every catalog variant under the {@code real-threads} engine (results to {@code target/results}):
 * fixed variants must finish clean in every run; a buggy one is caught or honestly "not observed"
 * (the OS decides). When the greedy philosophers do deadlock, the JVM must name the philosophers.
 */
class RealThreadsEngineTest {
    private static final RealThreadsEngine ENGINE = new RealThreadsEngine();

    static Stream<String> scenarios() {
        return Catalog.ids().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void onRealThreads(String id) {
        Scenario s = Catalog.get(id);
        List<Result> rs = ENGINE.run(s, EngineRun.defaults());
        assertEquals(1, rs.size());
        Result r = rs.get(0);
        ResultsFiles.write(r);
        System.out.println("[real-threads] " + id + ": " + r.verdict() + (r.kind() != null ? " (" + r.kind() + ")" : "") + " - " + r.message());
        if (s.expected() == Expected.FIXED) {
            assertEquals(Verdict.PASSED, r.verdict(), r.message());
        } else {
            assertTrue(List.of(Verdict.COUNTEREXAMPLE, Verdict.NOT_OBSERVED).contains(r.verdict()), r.verdict().label());
        }
        if (r.verdict() == Verdict.COUNTEREXAMPLE) {
            assertTrue(r.kind() != null && !r.message().isBlank());
        }
    }

    @Test
    void aGreedyDeadlockIsTheJvmsOwnFinding() {
        Result r = ENGINE.run(Catalog.get("philosophers/greedy"), EngineRun.defaults().withOptions(Map.of("runs", "10"))).get(0);
        if (r.verdict() == Verdict.NOT_OBSERVED) {
            return; // the OS never let every philosopher hold a left fork at once: honest, not a failure
        }
        assertEquals(Verdict.COUNTEREXAMPLE, r.verdict(), r.message());
        assertEquals(FailureKind.DEADLOCK, r.kind(), r.message());
        assertTrue(((List<?>) r.details().get("deadlocked")).size() >= 2, r.message());
        assertTrue(r.message().contains("the JVM found a deadlock"), r.message());
    }
}
