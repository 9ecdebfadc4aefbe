package tcheck.checker.explorer;

import tcheck.checker.explorer.runtime.Execution;
import tcheck.checker.explorer.runtime.Failure;
import tcheck.checker.linearizability.LinearizabilityChecker;
import tcheck.checker.linearizability.LinearizabilityResult;
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Failure check(Execution ex) {
        Failure own = ex.failure();
        if (ex.redundant() || own != null && ("error".equals(own.kind()) || "step-bound".equals(own.kind()))) {
            return own;
        }
        for (Execution.ObjectHistory h : ex.histories()) {
            LinearizabilityResult r = LinearizabilityChecker.check((SequentialSpec) h.spec(), h.history());
            if (!r.linearizable()) {
                Map<String, Object> details = new LinkedHashMap<>(r.details());
                details.put("object", h.object());
                details.put("history", r.render());
                if (own != null) {
                    details.put("alsoFound", own.kind() + ": " + own.message());
                }
                return new Failure("non-linearizable", h.object() + " (" + h.spec().name() + "): history of "
                        + h.history().size() + " operations is not linearizable", own == null ? 0 : own.step(), details);
            }
        }
        return own;
    }
}
