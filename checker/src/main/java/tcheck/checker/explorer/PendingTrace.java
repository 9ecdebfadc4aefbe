package tcheck.checker.explorer;

import tcheck.checker.explorer.runtime.Execution;
import tcheck.results.TraceStep;

import java.util.AbstractList;
import java.util.List;

/**
 * The trace of a counterexample the search found without recording one: its length is known, its
 * steps are not until the explorer runs the execution's choices again with recording on (only for
 * the counterexample it reports). Reading a step before that is a bug in the explorer.
 */
final class PendingTrace extends AbstractList<TraceStep> {
    final List<Execution.Decision> decisions;
    private final int size;

    PendingTrace(List<Execution.Decision> decisions, int size) {
        this.decisions = List.copyOf(decisions);
        this.size = size;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public TraceStep get(int index) {
        throw new IllegalStateException("trace not rendered yet: the explorer renders it for the reported counterexample only");
    }
}
