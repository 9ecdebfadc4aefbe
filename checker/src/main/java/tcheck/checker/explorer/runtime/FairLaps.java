package tcheck.checker.explorer.runtime;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Which earlier visit of a state closes a fair lap, for the {@link LivelockWatch}: a lap from step
 * {@code v} up to now is fair when every thread that could run somewhere on it takes a step in it
 * (strong fairness). A lap in which one thread spins while another, blocked only now and then, never
 * gets its turn is that thread starved by the schedule, not a livelock of the program.
 *
 * <p>Kept as each thread's last step and the last step at which it could run: a thread is left out of
 * the laps starting after its last step up to the last at which it could run, and of no others. Checking
 * a visit then costs a look at each thread, not a pass over the steps since it: in a long livelock a
 * state recurs at every lap, and a pass per visit made each step's choice cost the square of the
 * execution's length.
 */
final class FairLaps {
    /** By thread id: the last step (0-based) it took, and the last at which it could run; -1 for none. */
    private int[] lastMoved = new int[0];
    private int[] lastEnabled = new int[0];
    private int steps;

    /** The steps added so far. */
    int steps() {
        return steps;
    }

    /** The next step: the threads that could run before it, and the one that ran. */
    void add(List<Integer> enabled, int thread) {
        for (int i = 0; i < enabled.size(); i++) { // no iterator: this runs at every step
            int t = enabled.get(i);
            lastEnabled = atLeast(lastEnabled, t);
            lastEnabled[t] = steps;
        }
        lastMoved = atLeast(lastMoved, thread);
        lastMoved[thread] = steps;
        steps++;
    }

    /** The latest of {@code visits} (step counts, ascending) from which the steps so far form a fair lap; null if none. */
    Integer latestFairStart(List<Integer> visits) {
        int k = visits.size() - 1;
        while (k >= 0) {
            int v = visits.get(k);
            int below = v; // a lap that leaves no thread out starts here or earlier
            for (int t = 0; t < lastEnabled.length; t++) {
                int moved = t < lastMoved.length ? lastMoved[t] : -1;
                if (moved < v && v <= lastEnabled[t]) {
                    below = Math.min(below, moved); // t is left out of every lap starting after its last step
                }
            }
            if (below == v) {
                return v;
            }
            int at = Collections.binarySearch(visits, below);
            k = at >= 0 ? at : -at - 2; // the latest visit at or before it
        }
        return null;
    }

    private static int[] atLeast(int[] a, int id) {
        if (id < a.length) {
            return a;
        }
        int[] grown = Arrays.copyOf(a, Math.max(id + 1, a.length * 2));
        Arrays.fill(grown, a.length, grown.length, -1);
        return grown;
    }
}
