package tcheck.checker.explorer.runtime;

import java.util.List;

/** Makes the execution's choices: which thread runs next, which waiter a notify wakes. */
public interface Chooser {
    /**
     * @param step      index of the step about to happen
     * @param enabled   ids of the threads that can run (sorted, at least one)
     * @param last      the thread that ran the previous step, or -1
     * @param preferred the thread a default policy should pick (the running one, or the next of a
     *                  detected cycle), always one of {@code enabled}
     * @param pending   every live thread's pending operation
     * @return the thread to run, or -1 to abandon the execution as redundant (already covered)
     */
    int chooseThread(int step, List<Integer> enabled, int last, int preferred, java.util.Map<Integer, Op> pending);

    /**
     * As {@link #chooseThread(int, List, int, int, java.util.Map)}, told whether {@code preferred} is the
     * next step of a fair cycle the execution is following (the visible state repeated, see the livelock
     * watch): taking it goes round the same lap again. A search that counts preemptions can take it
     * without counting it, since a lasso's preemptions are those of its prefix and first lap.
     */
    default int chooseThread(int step, List<Integer> enabled, int last, int preferred, java.util.Map<Integer, Op> pending,
                             boolean followsCycle) {
        return chooseThread(step, enabled, last, preferred, pending);
    }

    /**
     * As {@link #chooseThread(int, List, int, int, java.util.Map, boolean)}, also given the fingerprint
     * of the state before the step (the one the livelock watch compares): a search that keeps states
     * recognises where it has been.
     */
    default int chooseThread(int step, List<Integer> enabled, int last, int preferred, java.util.Map<Integer, Op> pending,
                             boolean followsCycle, long stateHash) {
        return chooseThread(step, enabled, last, preferred, pending, followsCycle);
    }

    /**
     * As {@link #chooseThread(int, List, int, int, java.util.Map, boolean, long)}, also given the key of
     * the steps so far as a Mazurkiewicz trace (128 bits, see {@code TraceKey}): two paths with the same
     * key reached the same state, whatever the order of their independent steps.
     */
    default int chooseThread(int step, List<Integer> enabled, int last, int preferred, java.util.Map<Integer, Op> pending,
                             boolean followsCycle, long stateHash, long traceKeyA, long traceKeyB) {
        return chooseThread(step, enabled, last, preferred, pending, followsCycle, stateHash);
    }

    /**
     * As {@link #chooseThread(int, List, int, int, java.util.Map, boolean, long, long, long)}, also able to
     * ask what the key would become if a given enabled thread took its step here ({@code keyIfChosen}:
     * its two halves, or null; valid during this call only): a search can then tell, before running it,
     * that an alternative it will come back to leads where it has been.
     */
    default int chooseThread(int step, List<Integer> enabled, int last, int preferred, java.util.Map<Integer, Op> pending,
                             boolean followsCycle, long stateHash, long traceKeyA, long traceKeyB,
                             java.util.function.IntFunction<long[]> keyIfChosen) {
        return chooseThread(step, enabled, last, preferred, pending, followsCycle, stateHash, traceKeyA, traceKeyB);
    }

    /** Which of the waiting threads (sorted ids, at least two) a notify/signal wakes. */
    int chooseWaiter(int step, List<Integer> waiters);
}
