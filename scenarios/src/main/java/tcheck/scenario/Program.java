package tcheck.scenario;

import java.util.List;
import java.util.Map;

/**
 * One fresh run of a scenario: the textbook program's body plus what to check afterwards.
 * {@link #run()} creates, starts and joins the threads exactly as the textbook does; it must
 * not use any harness API inside the concurrent code.
 *
 * <p>The explorer treats a Program class as bookkeeping: its own field reads and writes and its
 * calls on collections (the list of threads to start, say) are not scheduling points, while
 * thread start/join and synchronization in it are. Keep the shared state the threads fight over in
 * the scenario's concurrent classes.
 */
public interface Program extends Runnable {
    /** The body: starts the scenario's threads and joins them. */
    @Override
    void run();

    /**
     * Checks the final state after {@link #run()} returned (all threads joined).
     *
     * @throws Violation when a property is broken
     */
    void check();

    /**
     * Checks what the threads have done so far; an exploring engine calls it after every step. For a
     * property broken the moment it happens and never mended later (a reader recorded a torn read):
     * the counterexample then ends where the bug happens, not at the final check. Engines that see
     * only the end never call it, so {@link #check()} must check the same again. Default: nothing.
     *
     * @throws Violation when such a property is broken already
     */
    default void checkSoFar() {
    }

    /**
     * The scenario's shared state by name (e.g. {@code count -> 1}), read after every step so a
     * trace can show it. Values should be small: numbers, strings, short lists.
     */
    Map<String, Object> sharedState();

    /**
     * An int array as a list for {@link #sharedState()}, e.g. meals eaten per seat. A plain copy, not a
     * stream: an exploring engine reads the shared state after every step.
     */
    static List<Integer> ints(int[] values) {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return List.of(boxed);
    }
}
