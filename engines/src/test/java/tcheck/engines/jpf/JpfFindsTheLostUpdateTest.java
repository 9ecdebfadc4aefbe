package tcheck.engines.jpf;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tcheck.engines.EngineRun;
import tcheck.engines.Verdicts;
import tcheck.results.FailureKind;
import tcheck.results.Result;
import tcheck.results.Verdict;
import tcheck.scenario.Catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What JPF must find where it runs: the lost update, with the two threads' read and write of count in its path. */
class JpfFindsTheLostUpdateTest {
    @Test
    void lostUpdateWithTheRacingAccessesInThePath() {
        JpfEngine jpf = new JpfEngine();
        Assumptions.assumeTrue(jpf.unavailable() == null, () -> "JPF not available here: " + jpf.unavailable());
        Result r = jpf.run(Catalog.get("race-counter/unsynchronized"), EngineRun.defaults()).get(0);
        assertEquals(Verdict.COUNTEREXAMPLE, r.verdict(), r.message());
        assertEquals(FailureKind.INVARIANT, r.kind(), "the scenario's Violation kind, read from the exception JPF saw");
        assertTrue(r.message().contains("final count 1, expected 2"), r.message());
        long countAccesses = r.trace().stream().filter(t -> t.where().equals("UnsynchronizedCounter.java:21")).count();
        assertTrue(countAccesses >= 4, "both threads read and write count: " + r.trace());
        assertTrue(r.trace().stream().map(t -> t.thread()).distinct().count() >= 3, "main and two workers");
    }
}
