package tcheck.stress.harness;

import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.infra.Status;
import tcheck.results.FailureKind;
import tcheck.results.Outcome;
import tcheck.results.Result;
import tcheck.results.Verdict;
import tcheck.scenario.Expected;
import tcheck.scenario.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns the histograms of one scenario variant's jcstress tests into its result (engine
 * {@code jcstress}). Stress testing can show a bug but never prove its absence, so:
 * <ul>
 *   <li>buggy, bug outcome observed: {@code counterexample} ("lost update in 5.8% of 8.4 M samples");</li>
 *   <li>buggy, not observed within the budget: {@code not-observed}, never a pass;</li>
 *   <li>fixed, no forbidden outcome: {@code passed} (not "verified");</li>
 *   <li>a forbidden or undescribed outcome, or a failed fork: {@code error}, and the build fails.</li>
 * </ul>
 */
public final class StressVerdict {
    public static final String ENGINE = "jcstress";

    private StressVerdict() {
    }

    public static Result of(Scenario scenario, List<TestHistogram> tests, StressBudget budget) {
        long samples = tests.stream().mapToLong(TestHistogram::samples).sum();
        Result.Builder b = Result.builder(scenario.family(), scenario.variant(), scenario.expected().json(), ENGINE)
                .complete(false)
                .executions(samples)
                // the time the actors ran (jcstress's time x iterations per fork), not counting JVM start-up
                .millis(tests.stream().mapToLong(TestHistogram::stressMillis).sum())
                .title(scenario.title())
                .lesson(scenario.lesson())
                .bound(tests.stream().map(TestHistogram::simpleName).collect(Collectors.joining(", ")))
                .strategy("jcstress " + budget)
                .histogram(histogram(tests))
                .details(details(tests))
                .engineOutput(table(tests));

        List<String> failedForks = tests.stream().filter(t -> t.status() != Status.NORMAL || t.samples() == 0)
                .map(t -> t.simpleName() + ": " + t.status() + (t.samples() == 0 ? ", no samples" : "")
                        + (t.messages().isEmpty() ? "" : " (" + t.messages().get(0) + ")"))
                .toList();
        if (!failedForks.isEmpty()) {
            return b.verdict(Verdict.ERROR).message("jcstress test failed: " + String.join("; ", failedForks)).build();
        }
        List<String> forbidden = describe(tests, r -> r.expect() == Expect.FORBIDDEN || r.expect() == Expect.UNKNOWN);
        if (!forbidden.isEmpty()) {
            return b.verdict(Verdict.ERROR).message("forbidden outcome observed: " + String.join("; ", forbidden)).build();
        }
        if (scenario.expected() == Expected.FIXED) {
            return b.verdict(Verdict.PASSED).message("no forbidden outcome in " + Samples.count(samples) + " samples").build();
        }
        List<String> bugs = describe(tests, r -> r.expect() == Expect.ACCEPTABLE_INTERESTING);
        if (!bugs.isEmpty()) {
            return b.verdict(Verdict.COUNTEREXAMPLE).kind(observedKind(scenario, tests)).message(String.join("; ", bugs)).build();
        }
        String declared = tests.stream().flatMap(t -> t.rows().stream())
                .filter(r -> r.expect() == Expect.ACCEPTABLE_INTERESTING).map(TestHistogram.Row::description)
                .distinct().collect(Collectors.joining(", "));
        return b.verdict(Verdict.NOT_OBSERVED)
                .message((declared.isEmpty() ? "the bug" : declared) + " not observed in " + Samples.count(samples)
                        + " samples (a longer run may show it)")
                .build();
    }

    /**
     * The kind of the first test whose bug showed, as its {@link StressOf} declares it, else the scenario's
     * (both in the contract's spelling: annotations and scenarios hold no results types).
     */
    private static FailureKind observedKind(Scenario scenario, List<TestHistogram> tests) {
        return FailureKind.of(tests.stream().filter(t -> t.count(Expect.ACCEPTABLE_INTERESTING) > 0)
                .map(t -> StressSuite.kindOf(t.test())).filter(k -> !k.isEmpty())
                .findFirst().orElse(scenario.expectedKind()));
    }

    /** "lost update in 5.8% of 8.4 M samples", one phrase per description among the matching observed rows. */
    private static List<String> describe(List<TestHistogram> tests, java.util.function.Predicate<TestHistogram.Row> which) {
        List<String> out = new ArrayList<>();
        for (TestHistogram t : tests) {
            Map<String, Long> byDescription = new LinkedHashMap<>();
            for (TestHistogram.Row r : t.rows()) {
                if (r.observed() && which.test(r)) {
                    String what = r.description() == null || r.description().isBlank()
                            ? "outcome [" + r.outcome() + "]" : r.description();
                    byDescription.merge(what, r.count(), Long::sum);
                }
            }
            byDescription.forEach((what, count) -> out.add(what + " in " + Samples.percent(count, t.samples())
                    + " of " + Samples.count(t.samples()) + " samples"
                    + (tests.size() > 1 ? " (" + t.simpleName() + ")" : "")));
        }
        return out;
    }

    /** All tests' rows; a variant with several tests gets each outcome prefixed by its test's name. */
    private static List<Outcome> histogram(List<TestHistogram> tests) {
        List<Outcome> out = new ArrayList<>();
        for (TestHistogram t : tests) {
            String prefix = tests.size() > 1 ? t.simpleName() + ": " : "";
            for (TestHistogram.Row r : t.rows()) {
                double frequency = t.samples() == 0 ? 0 : (double) r.count() / t.samples();
                out.add(new Outcome(prefix + r.outcome(), r.count(), frequency, r.expect().name(), r.description()));
            }
        }
        return out;
    }

    private static Map<String, Object> details(List<TestHistogram> tests) {
        List<Map<String, Object>> perTest = new ArrayList<>();
        for (TestHistogram t : tests) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("test", t.test());
            m.put("status", t.status().name());
            m.put("forks", t.forks());
            m.put("samples", t.samples());
            m.put("jvmArgs", t.jvmArgs());
            if (!t.messages().isEmpty()) {
                m.put("messages", t.messages());
            }
            perTest.add(m);
        }
        return Map.of("tests", perTest);
    }

    /** jcstress's console table, one per test. */
    static String table(List<TestHistogram> tests) {
        StringBuilder sb = new StringBuilder();
        for (TestHistogram t : tests) {
            sb.append(t.test()).append("  (").append(Samples.count(t.samples())).append(" samples, ")
                    .append(t.forks()).append(t.forks() == 1 ? " fork, " : " forks, ").append(t.status()).append(")\n");
            sb.append(String.format(Locale.ROOT, "  %-28s %14s %9s  %-24s %s%n", "RESULT", "SAMPLES", "FREQ", "EXPECT", "DESCRIPTION"));
            for (TestHistogram.Row r : t.rows()) {
                sb.append(String.format(Locale.ROOT, "  %-28s %14d %9s  %-24s %s%n", r.outcome(), r.count(),
                        Samples.percent(r.count(), t.samples()), r.expect().name(), r.description()));
            }
        }
        return sb.toString();
    }
}
