package tcheck.stress.harness;

import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.infra.Status;
import tcheck.scenario.Expected;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StressGuardsTest {
    private static TestHistogram ran(String name, long samples) {
        return new TestHistogram(name, Status.NORMAL, 1, samples, 1000,
                List.of(new TestHistogram.Row("2", samples, Expect.ACCEPTABLE, "ok")), List.of(), List.of());
    }

    @Test
    void oneCpuIsRefusedBecauseJcstressWouldSkipEveryTwoActorTest() {
        assertEquals(1, StressGuards.cpus(1, 2).size());
        assertTrue(StressGuards.cpus(2, 2).isEmpty());
    }

    @Test
    void theGeneratedTestListMatchesTheSuite() {
        // The real list on this class path, as jcstress will read it: the processor ran and nothing is missing.
        assertEquals(List.of(), StressGuards.testList(StressGuards.generatedTestList(), StressSuite.names()));
    }

    @Test
    void aMissingTestListPointsAtTheAnnotationProcessor() {
        List<String> problems = StressGuards.testList(List.of(), List.of("a.B"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("<proc>full</proc>"), problems.get(0));
    }

    @Test
    void testsOutsideTheSuiteAndSuiteTestsOutsideTheListAreBothReported() {
        assertEquals(2, StressGuards.testList(List.of("a.B", "a.C"), List.of("a.B", "a.D")).size());
    }

    @Test
    void aFilterMatchingNothingSelectsNothing() {
        assertEquals(List.of(), StressGuards.selected(List.of("tcheck.stress.x.A"), "NoSuchTest"));
        assertEquals(List.of("tcheck.stress.x.A"), StressGuards.selected(List.of("tcheck.stress.x.A"), "x\\.A"));
        assertTrue(StressGuards.allRan(List.of(), List.of()).contains("the test filter selects no test: nothing would be checked"));
    }

    @Test
    void fewerTestsThanExpectedIsReported() {
        List<String> problems = StressGuards.allRan(List.of("a.A", "a.B", "a.C"), List.of(ran("a.A", 10), ran("a.B", 0)));
        assertEquals("expected 3 jcstress tests, 2 of them ran", problems.get(0));
        assertTrue(problems.contains("expected test did not run: a.C"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("test ran but collected no samples: a.B")), problems.toString());
        assertTrue(StressGuards.allRan(List.of("a.A"), List.of(ran("a.A", 10))).isEmpty());
    }

    @Test
    void buggyTestsMustGradeTheirBugInterestingAndFixedTestsMustForbidIt() {
        Set<Expect> buggyShape = Set.of(Expect.ACCEPTABLE, Expect.ACCEPTABLE_INTERESTING, Expect.FORBIDDEN);
        Set<Expect> fixedShape = Set.of(Expect.ACCEPTABLE, Expect.FORBIDDEN);
        assertTrue(StressGuards.shape("t", Expected.BUGGY, buggyShape).isEmpty());
        assertTrue(StressGuards.shape("t", Expected.FIXED, fixedShape).isEmpty());
        assertEquals(1, StressGuards.shape("t", Expected.BUGGY, fixedShape).size());
        assertEquals(1, StressGuards.shape("t", Expected.FIXED, buggyShape).size());
    }
}
