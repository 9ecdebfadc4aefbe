package tcheck.stress;

import org.junit.jupiter.api.Test;
import tcheck.results.Result;
import tcheck.results.ResultsFiles;
import tcheck.results.Verdict;
import tcheck.scenario.Catalog;
import tcheck.scenario.Scenario;
import tcheck.stress.harness.JCStressProcess;
import tcheck.stress.harness.StressBudget;
import tcheck.stress.harness.StressGuards;
import tcheck.stress.harness.StressSuite;
import tcheck.stress.harness.StressVerdict;
import tcheck.stress.harness.TestHistogram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs every jcstress test of this module in a separate JVM (bound to {@code integration-test} by
 * failsafe), writes each scenario variant's outcome histogram to the results JSON, and fails when
 * the run proves nothing (too few CPUs, tests missing or skipped) or when a fixed variant showed a
 * forbidden outcome. A buggy variant whose bug did not show within the budget is reported as
 * "not-observed" and does not fail the build: stress testing can miss a bug.
 */
class JCStressIT {

    @Test
    void everyScenarioTestRunsUnderJcstress() throws Exception {
        // -Dtest=tcheck.stress.** makes surefire pick this class up too; the run belongs to failsafe alone.
        assumeTrue(System.getProperty("stress.workDir") != null,
                "JCStressIT runs in the integration-test phase (failsafe sets stress.workDir), not under surefire");
        StressBudget budget = StressBudget.fromSystemProperties();
        List<String> expected = StressGuards.selected(StressSuite.names(), budget.tests());

        List<String> preflight = new ArrayList<>();
        preflight.addAll(StressGuards.cpus(Runtime.getRuntime().availableProcessors(), StressSuite.ACTORS));
        preflight.addAll(StressGuards.testList(StressGuards.generatedTestList(), StressSuite.names()));
        if (expected.isEmpty()) {
            preflight.add("-Dstress.tests=" + budget.tests() + " selects none of " + StressSuite.names());
        }
        failOn("jcstress cannot run meaningfully", preflight);

        deleteEarlierResults();
        Path workDir = Path.of(System.getProperty("stress.workDir"));
        JCStressProcess.Run run = new JCStressProcess(workDir, System.getProperty("java.class.path"), System.out)
                .run(budget);
        // jcstress exits 1 when a test failed: read its results first, so the failure lands in the results JSON.
        assertNotNull(run.blob(), () -> "jcstress ran no test (exit " + run.exitCode() + ", no result blob in "
                + workDir + "): " + run.whyNothingRan() + "; see " + run.output());

        List<TestHistogram> histograms = TestHistogram.read(run.blob());
        List<String> problems = new ArrayList<>(StressGuards.allRan(expected, histograms));

        Map<String, List<TestHistogram>> byScenario = new LinkedHashMap<>();
        for (TestHistogram h : histograms) {
            byScenario.computeIfAbsent(StressSuite.scenarioOf(h.test()), k -> new ArrayList<>()).add(h);
        }
        StringBuilder summary = new StringBuilder(String.format(Locale.ROOT,
                "%njcstress on JDK %s, %s: %d tests in %.1f s%n", System.getProperty("java.version"), budget,
                histograms.size(), run.millis() / 1000.0));
        for (Map.Entry<String, List<TestHistogram>> e : byScenario.entrySet()) {
            e.getValue().sort(Comparator.comparingInt(h -> StressSuite.indexOf(h.test())));
            Scenario scenario = Catalog.get(e.getKey());
            for (TestHistogram h : e.getValue()) {
                problems.addAll(StressGuards.shape(h.test(), scenario.expected(),
                        TestHistogram.declaredExpectations(h.test())));
            }
            Result result = StressVerdict.of(scenario, e.getValue(), budget);
            Path file = ResultsFiles.write(result);
            summary.append(String.format(Locale.ROOT, "  %-40s %-15s %s%n", scenario.id(), result.verdict(),
                    result.message()));
            if (result.verdict() == Verdict.ERROR) {
                problems.add(scenario.id() + ": " + result.message() + " (" + file + ")");
            }
        }
        System.out.println(summary);
        if (run.exitCode() != 0) {
            problems.add("jcstress exited with " + run.exitCode() + ", see " + run.output());
        }
        failOn("jcstress run failed", problems);
    }

    /** The results directory must describe this run only: a filtered run must not leave older verdicts behind. */
    private static void deleteEarlierResults() throws IOException {
        Path dir = ResultsFiles.defaultDir();
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith("__" + StressVerdict.ENGINE + ".json")).toList()) {
                Files.delete(f);
            }
        }
    }

    private static void failOn(String headline, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(headline + ":\n  " + String.join("\n  ", problems));
        }
    }
}
