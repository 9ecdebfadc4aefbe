package tcheck.stress.harness;

import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.infra.Status;
import tcheck.results.FailureKind;
import tcheck.results.Outcome;
import tcheck.results.Result;
import tcheck.results.Verdict;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StressVerdictTest {
    private static final StressBudget BUDGET = new StressBudget("quick", ".*", "", List.of(), Duration.ofMinutes(1));

    private static TestHistogram histogram(Status status, long both, long lost, Expect lostGrading) {
        return new TestHistogram("tcheck.stress.racecounter.Some", status, 1, both + lost, 1000,
                List.of(new TestHistogram.Row("2", both, Expect.ACCEPTABLE, "both increments counted"),
                        new TestHistogram.Row("1", lost, lostGrading, "lost update")),
                List.of(), List.of("-XX:+UseParallelGC"));
    }

    @Test
    void buggyVariantWhoseBugShowedIsACounterexampleWithItsShare() {
        Result r = StressVerdict.of(FakeScenario.buggy(),
                List.of(histogram(Status.NORMAL, 7_912_000, 488_000, Expect.ACCEPTABLE_INTERESTING)), BUDGET);
        assertEquals(Verdict.COUNTEREXAMPLE, r.verdict());
        assertEquals(FailureKind.INVARIANT, r.kind());
        assertEquals("lost update in 5.8% of 8.4 M samples", r.message());
        assertEquals(8_400_000, r.executions());
        assertEquals("jcstress", r.engine());
        Outcome lost = r.histogram().get(1);
        assertEquals("1", lost.outcome());
        assertEquals(488_000, lost.count());
        assertEquals(488_000 / 8_400_000.0, lost.frequency(), 1e-12);
        assertEquals("ACCEPTABLE_INTERESTING", lost.grading());
        assertEquals("lost update", lost.description());
    }

    @Test
    void buggyVariantWhoseBugDidNotShowIsNotObservedNeverPassed() {
        Result r = StressVerdict.of(FakeScenario.buggy(),
                List.of(histogram(Status.NORMAL, 1_000_000, 0, Expect.ACCEPTABLE_INTERESTING)), BUDGET);
        assertEquals(Verdict.NOT_OBSERVED, r.verdict());
        assertNull(r.kind());
        assertTrue(r.message().startsWith("lost update not observed in 1.0 M samples"), r.message());
    }

    @Test
    void fixedVariantWithoutForbiddenOutcomePasses() {
        Result r = StressVerdict.of(FakeScenario.fixed(),
                List.of(histogram(Status.NORMAL, 1_000_000, 0, Expect.FORBIDDEN)), BUDGET);
        assertEquals(Verdict.PASSED, r.verdict());
        assertEquals("no forbidden outcome in 1.0 M samples", r.message());
    }

    @Test
    void fixedVariantWithAForbiddenOutcomeIsAnError() {
        Result r = StressVerdict.of(FakeScenario.fixed(),
                List.of(histogram(Status.NORMAL, 999_997, 3, Expect.FORBIDDEN)), BUDGET);
        assertEquals(Verdict.ERROR, r.verdict());
        assertTrue(r.message().contains("lost update in 0.0003% of 1.0 M samples"), r.message());
    }

    @Test
    void aFailedForkIsAnErrorWhateverTheCounts() {
        Result r = StressVerdict.of(FakeScenario.buggy(),
                List.of(histogram(Status.TEST_ERROR, 10, 10, Expect.ACCEPTABLE_INTERESTING)), BUDGET);
        assertEquals(Verdict.ERROR, r.verdict());
        assertTrue(r.message().contains("TEST_ERROR"), r.message());
    }

    @Test
    void severalTestsOfOneVariantKeepTheirOutcomesApart() {
        TestHistogram a = histogram(Status.NORMAL, 10, 0, Expect.FORBIDDEN);
        TestHistogram b = new TestHistogram("tcheck.stress.x.Other", Status.NORMAL, 1, 5, 1000,
                List.of(new TestHistogram.Row("true, false", 5, Expect.ACCEPTABLE, "one withdrawal")),
                List.of(), List.of());
        Result r = StressVerdict.of(FakeScenario.fixed(), List.of(a, b), BUDGET);
        assertEquals(15, r.executions());
        assertEquals(List.of("Some: 2", "Some: 1", "Other: true, false"),
                r.histogram().stream().map(Outcome::outcome).toList());
    }

    @Test
    void theKindIsTheOneDeclaredByTheTestWhoseBugShowed() {
        TestHistogram torn = new TestHistogram("tcheck.stress.eventreaders.TornReadOnInPlaceUpdate", Status.NORMAL, 1,
                100, 1000, List.of(new TestHistogram.Row("1111122222", 0, Expect.ACCEPTABLE_INTERESTING, "torn read")),
                List.of(), List.of());
        TestHistogram stale = new TestHistogram("tcheck.stress.eventreaders.StaleFlagOnInPlaceUpdate", Status.NORMAL, 1,
                100, 1000, List.of(new TestHistogram.Row("22 22", 90, Expect.ACCEPTABLE_INTERESTING, "same update read twice"),
                new TestHistogram.Row("11 22", 10, Expect.ACCEPTABLE, "each update read once")), List.of(), List.of());
        FakeScenario inPlace = new FakeScenario("event-readers", "in-place", tcheck.scenario.Expected.BUGGY, "torn-read");
        Result onlyStale = StressVerdict.of(inPlace, List.of(torn, stale), BUDGET);
        assertEquals(Verdict.COUNTEREXAMPLE, onlyStale.verdict());
        assertEquals(FailureKind.INVARIANT, onlyStale.kind());
        assertEquals("same update read twice in 90.0% of 100 samples (StaleFlagOnInPlaceUpdate)", onlyStale.message());

        TestHistogram tornShown = new TestHistogram(torn.test(), Status.NORMAL, 1, 100, 1000,
                List.of(new TestHistogram.Row("1111122222", 1, Expect.ACCEPTABLE_INTERESTING, "torn read")), List.of(), List.of());
        assertEquals(FailureKind.TORN_READ, StressVerdict.of(inPlace, List.of(tornShown, stale), BUDGET).kind());
    }
}
