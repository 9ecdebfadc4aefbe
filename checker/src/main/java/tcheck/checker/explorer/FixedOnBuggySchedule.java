package tcheck.checker.explorer;

import tcheck.results.TraceStep;
import tcheck.scenario.Bound;
import tcheck.scenario.Catalog;
import tcheck.scenario.Expected;
import tcheck.scenario.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why the fix works, shown on the very schedule that breaks the buggy variant: each fixed variant of
 * the family runs that schedule as far as it fits (its threads are the same, numbered in the same
 * start order; a choice of a thread that cannot run there, say because the fix makes it wait, is
 * replaced by the default one), and its trace and verdict go beside the counterexample.
 */
public final class FixedOnBuggySchedule {
    /** The key in a result's details: a list of {variant, verdict, message, trace}. */
    public static final String DETAILS_KEY = "fixedOnThisSchedule";

    private FixedOnBuggySchedule() {
    }

    public static List<Map<String, Object>> replay(Scenario buggy, Bound bound, String schedule) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (buggy.expected() != Expected.BUGGY || schedule == null) {
            return out;
        }
        for (Scenario fixed : Catalog.select(buggy.family())) {
            if (fixed.expected() != Expected.FIXED) {
                continue;
            }
            Exploration e = Explorer.explore(new ScenarioSource(fixed, bound), ExplorerOptions.defaults().withLenientSchedule(schedule));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("variant", fixed.variant());
            m.put("verdict", e.verdict().label()); // details are JSON-shaped: the contract spelling, as read back from a file
            m.put("message", e.message());
            m.put("schedule", e.schedule());
            m.put("trace", List.<TraceStep>copyOf(e.trace()));
            out.add(m);
        }
        return out;
    }
}
