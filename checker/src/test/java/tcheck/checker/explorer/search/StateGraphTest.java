package tcheck.checker.explorer.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The map of states, driven by a program simulated here: two threads that each take {@code n} steps
 * touching nothing the other sees, so the state is the pair of how far each has gone, and every
 * state where both can run is a branch. When both are done the execution ends: that is no state. The map must come out whole, and each state's
 * path must be a shortest one, whatever order the executions found them in.
 */
class StateGraphTest {
    private static final int N = 4;

    private static long state(int a, int b) {
        return a * 100L + b + 1;
    }

    /** Runs the map to the end over the grid; returns the number of executions it took. */
    private static int map(StateGraph g, int maxSteps) {
        int executions = 0;
        while (g.hasNext()) {
            g.begin();
            executions++;
            int a = 0;
            int b = 0;
            int last = -1;
            boolean abandoned = false;
            for (int step = 0; a < N || b < N; step++) {
                assertTrue(step < maxSteps, "the grid is shorter than the bound");
                List<Integer> enabled = new ArrayList<>();
                if (a < N) {
                    enabled.add(0);
                }
                if (b < N) {
                    enabled.add(1);
                }
                int t = g.chooseThread(step, enabled, last, last < 0 ? 0 : last, Map.of(), false, state(a, b));
                if (t < 0) {
                    abandoned = true;
                    break;
                }
                if (t == 0) {
                    a++;
                } else {
                    b++;
                }
                last = t;
            }
            g.end(false, abandoned);
        }
        return executions;
    }

    @Test
    void theMapOfTheGridIsWholeAndEachPathShortest() {
        StateGraph g = new StateGraph(1000);
        map(g, 1000);
        assertNull(g.incomplete());
        assertTrue(g.exhausted());
        assertEquals((N + 1) * (N + 1) - 1, g.states().size());
        for (int a = 0; a <= N; a++) {
            for (int b = 0; b <= N && a + b < 2 * N; b++) {
                StateGraph.State s = g.states().get(state(a, b));
                assertEquals(a + b, s.path.length, "a shortest path to (" + a + ", " + b + ")");
                if (a < N) {
                    assertEquals(a + 1 + b == 2 * N ? StateGraph.END : state(a + 1, b), s.next(0));
                }
                if (b < N) {
                    assertEquals(a + b + 1 == 2 * N ? StateGraph.END : state(a, b + 1), s.next(1));
                }
            }
        }
    }

    /**
     * An execution that reaches a known state with a thread not yet taken there takes it, instead of
     * leaving it to an execution of its own that replays the path there first: the grid's N*N branches
     * cost at most half as many executions (one each, 17, without).
     */
    @Test
    void anExecutionGoesOnFromAKnownStateWithAThreadNotYetTaken() {
        int executions = map(new StateGraph(1000), 1000);
        assertTrue(executions <= N * N / 2, executions + " executions for " + N * N + " branches");
    }

    /** Past half the step bound an execution stops at a known state rather than risk the bound; the map is whole all the same. */
    @Test
    void pastHalfTheStepBoundTheBranchesAreLeftToExecutionsOfTheirOwn() {
        StateGraph g = new StateGraph(4);
        int executions = map(g, 1000);
        assertNull(g.incomplete());
        assertTrue(g.exhausted());
        assertEquals((N + 1) * (N + 1) - 1, g.states().size());
        assertEquals(N * N + 1, executions, "the first, and one per branch");
    }

    /**
     * A state met again with other threads able to run (alike but for what the threads keep to
     * themselves, which the fingerprint does not see) is not taken on from there: the thread not yet
     * taken is left to an execution that replays the state's own path, and the map stays usable.
     */
    @Test
    void aStateMetWithOtherThreadsAbleToRunIsLeftToItsOwnPath() {
        long s0 = 1;
        long s1 = 2;
        long s2 = 3;
        StateGraph g = new StateGraph(1000);
        g.begin();
        assertEquals(0, g.chooseThread(0, List.of(0, 1), -1, 0, Map.of(), false, s0));
        assertEquals(0, g.chooseThread(1, List.of(0, 1), 0, 0, Map.of(), false, s1)); // s1: thread 1 still to take
        g.end(false, false);
        g.begin(); // thread 1 at s0
        assertEquals(1, g.chooseThread(0, List.of(0, 1), -1, 0, Map.of(), false, s0));
        assertEquals(0, g.chooseThread(1, List.of(0), 1, 0, Map.of(), false, s2));
        assertEquals(-1, g.chooseThread(2, List.of(0), 0, 0, Map.of(), false, s1), "s1 again, but only thread 0 can run");
        g.end(false, true);
        assertNull(g.incomplete());
        assertTrue(g.hasNext(), "thread 1 at s1 is still to take");
        g.begin();
        assertEquals(0, g.chooseThread(0, List.of(0, 1), -1, 0, Map.of(), false, s0), "s1's own path");
        assertEquals(1, g.chooseThread(1, List.of(0, 1), 0, 0, Map.of(), false, s1));
    }
}
