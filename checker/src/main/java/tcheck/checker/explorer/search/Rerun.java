package tcheck.checker.explorer.search;

import tcheck.checker.explorer.runtime.Execution;
import tcheck.checker.explorer.runtime.Op;

import java.util.List;
import java.util.Map;

/**
 * Runs one execution again with exactly the choices an earlier one made (forced ones included), so
 * the execution the search found cheaply can be run once more with its trace recorded. A program
 * that does not repeat itself under the same choices is caught: {@link #divergence()}.
 */
public final class Rerun implements Strategy {
    private final List<Execution.Decision> decisions;
    private int next;
    private boolean ran;
    private String divergence;

    public Rerun(List<Execution.Decision> decisions) {
        this.decisions = List.copyOf(decisions);
    }

    @Override
    public boolean hasNext() {
        return !ran;
    }

    @Override
    public void begin() {
        ran = true;
        next = 0;
    }

    @Override
    public int chooseThread(int step, List<Integer> enabled, int last, int preferred, Map<Integer, Op> pending) {
        return pick(step, false, enabled, preferred);
    }

    @Override
    public int chooseWaiter(int step, List<Integer> waiters) {
        return pick(step, true, waiters, waiters.get(0));
    }

    private int pick(int step, boolean waiter, List<Integer> options, int fallback) {
        if (next >= decisions.size()) {
            if (divergence == null) {
                divergence = "the rerun needed a choice at step " + (step + 1) + " that the first run did not make";
            }
            return fallback;
        }
        Execution.Decision d = decisions.get(next++);
        if (d.waiter() != waiter || !d.options().equals(options)) {
            if (divergence == null) {
                divergence = "the rerun diverged at step " + (step + 1) + ": expected " + (d.waiter() ? "waiters " : "threads ")
                        + d.options() + ", found " + options;
            }
            return options.contains(d.chosen()) ? d.chosen() : fallback;
        }
        return d.chosen();
    }

    /** Where the rerun did not repeat the first run, or null. */
    public String divergence() {
        return divergence;
    }

    @Override
    public String name() {
        return "rerun";
    }
}
