package tcheck.checker.explorer;

import tcheck.results.Outcome;
import tcheck.results.Result;
import tcheck.results.Verdict;
import tcheck.scenario.Bound;
import tcheck.scenario.Scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns an exploration of a catalog scenario into the results contract (engine {@code explorer}). */
public final class ExplorerResults {
    public static final String ENGINE = "explorer";

    private ExplorerResults() {
    }

    /**
     * What an exploration found beyond the contract's fields, for any program (a scenario's result adds
     * its own): the threads, the lap of a livelock, budgets that cut a phase short, the races. Without
     * the explorer's outcome histogram, which goes to the contract's own field.
     */
    public static Map<String, Object> details(Exploration e) {
        Map<String, Object> details = new LinkedHashMap<>(e.details());
        details.remove(Explorer.OUTCOMES);
        details.put("threads", e.threads());
        details.put("boundedExecutions", e.boundedExecutions());
        details.put("firstCounterexampleMillis", e.firstCounterexampleMillis());
        if (!e.races().isEmpty()) {
            details.put("races", e.races().stream().map(r -> Map.of(
                    "location", r.location(),
                    "first", r.first(),
                    "second", r.second(),
                    "message", r.describe())).toList());
        }
        return details;
    }

    public static Result toResult(Scenario s, Bound bound, Exploration e) {
        Map<String, Object> details = new LinkedHashMap<>(e.details());
        Object outcomes = details.remove(Explorer.OUTCOMES); // the contract's histogram, as jcstress's outcomes are
        details.put("threads", e.threads());
        details.put("boundMeaning", s.boundMeaning());
        details.put("seed", s.seed());
        details.putAll(details(e)); // in the order results files have always had
        if (e.foundCounterexample()) {
            List<Map<String, Object>> fixed = FixedOnBuggySchedule.replay(s, bound, e.schedule());
            if (!fixed.isEmpty()) {
                details.put(FixedOnBuggySchedule.DETAILS_KEY, fixed);
            }
        }
        String boundArg = bound.equals(s.defaultBound()) ? "" : " --bound " + bound;
        return Result.builder(s.family(), s.variant(), s.expected().json(), ENGINE)
                .verdict(e.verdict())
                .kind(e.kind())
                .complete(e.complete())
                .executions(e.executions())
                .millis(e.millis())
                .schedule(e.schedule())
                .preemptions(e.preemptions())
                .trace(e.trace())
                .message(e.message())
                .title(s.title())
                .lesson(s.lesson())
                .bound(bound.toString())
                .strategy(e.strategy())
                .replay(e.schedule() == null || !e.foundCounterexample() ? null
                        : "./tcheck replay " + s.id() + boundArg + " --schedule " + tcheck.results.text.ShellWord.of(e.schedule()))
                .failingStep(e.failingStep() == 0 ? null : e.failingStep())
                .details(details)
                .histogram(outcomes instanceof List<?> l && !l.isEmpty() ? l.stream().map(o -> (Outcome) o).toList() : null)
                .build();
    }

    /** Whether the verdict is what the scenario expects: a buggy one caught, a fixed one verified. */
    public static boolean asExpected(Scenario s, Exploration e) {
        return switch (s.expected()) {
            case BUGGY -> e.foundCounterexample();
            case FIXED -> e.verdict() == Verdict.VERIFIED;
        };
    }
}
