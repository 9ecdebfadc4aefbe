package tcheck.mutate;

import org.openjdk.jcstress.annotations.Expect;
import tcheck.results.Outcome;
import tcheck.results.Result;

import java.util.List;

/**
 * jcstress on a fixed variant grades what its fix rules out as forbidden, and calls seeing it an
 * error (the build must fail). On a mutant of that variant, a forbidden outcome the hardware showed
 * is exactly a kill: the planted bug broke what the fix guarantees, on a real JVM.
 */
final class ForbiddenOutcomes {
    private ForbiddenOutcomes() {
    }

    /** The forbidden outcomes observed (count above zero), in the histogram's order; empty when none. */
    static List<Outcome> observed(Result r) {
        if (r.histogram() == null) {
            return List.of();
        }
        return r.histogram().stream().filter(o -> Expect.FORBIDDEN.name().equals(o.grading()) && o.count() > 0).toList();
    }

    /** The result's own words: which forbidden outcome, how often ("lost update: 1 in 17.3% of the samples"). */
    static String describe(List<Outcome> seen) {
        return "forbidden outcome observed on real hardware: " + String.join("; ", seen.stream()
                .map(o -> (o.description() == null || o.description().isBlank() ? o.outcome() : o.description())
                        + " (" + o.outcome() + ", " + o.count() + " times)").toList());
    }
}
