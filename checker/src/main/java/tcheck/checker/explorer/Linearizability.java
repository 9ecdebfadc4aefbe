package tcheck.checker.explorer;

import tcheck.checker.explorer.runtime.Execution;
import tcheck.checker.explorer.runtime.Failure;
import tcheck.checker.linearizability.LinearizabilityChecker;
import tcheck.checker.linearizability.LinearizabilityResult;
import tcheck.results.FailureKind;
import tcheck.specs.SequentialSpec;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks the histories an execution recorded against their sequential specs. A non-linearizable
 * history is the execution's counterexample (kind "non-linearizable"), with the history table and
 * the longest linearizable prefix; the execution's own failure, if any, is kept beside it.
 */
final class Linearizability {
    private Linearizability() {
    }

    /**
     * @param maxSteps the checker's search budget per history; a history it cannot decide within it is
     *                 {@link Failure#UNDECIDED}: no counterexample (nothing was shown wrong), and the
     *                 exploration is "bounded", never "verified"
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Failure check(Execution ex, long maxSteps) {
        Failure own = ex.failure();
        if (ex.redundant() || own != null && (own.isError() || own.isStepBound())) {
            return own;
        }
        Failure undecided = null;
        for (Execution.ObjectHistory h : ex.histories()) {
            LinearizabilityResult r = LinearizabilityChecker.check((SequentialSpec) h.spec(), h.history(), maxSteps);
            if (r.verdict() == LinearizabilityResult.Verdict.UNKNOWN) {
                if (undecided == null) {
                    Map<String, Object> details = new LinkedHashMap<>(r.details());
                    details.put("object", h.object());
                    details.put("history", r.render());
                    undecided = new Failure(Failure.UNDECIDED, h.object() + " (" + h.spec().name() + "): the linearizability check of a history of "
                            + h.history().size() + " operations ran out of its budget of " + maxSteps + " steps", 0, details);
                }
                continue; // another history may still be shown non-linearizable
            }
            if (!r.linearizable()) {
                Map<String, Object> details = new LinkedHashMap<>(r.details());
                details.put("object", h.object());
                details.put("history", r.render());
                if (own != null) {
                    details.put("alsoFound", own.kind() + ": " + own.message());
                }
                return new Failure(FailureKind.NON_LINEARIZABLE, h.object() + " (" + h.spec().name() + "): history of "
                        + h.history().size() + " operations is not linearizable", own == null ? 0 : own.step(), details);
            }
        }
        return own != null ? own : undecided; // the execution's own failure is a finding; an undecided check is not
    }
}
