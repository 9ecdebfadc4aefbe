package tcheck.checker.explorer.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Threads the program reached but the explorer does not control (a pool started before the run, a
 * JDK-internal thread): the program woke one, or one ran checked code. Such a thread may still act
 * when every controlled thread is blocked (it may be about to run the work it was handed, on its own
 * time), so no deadlock is declared while one lives: the execution is an error that names it. Kept
 * for one exploration (its executions share the JVM's outside threads, and the trace is rendered by
 * running the schedule again).
 */
public final class OutsideThreads {
    private static final Set<Thread> REACHED = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private OutsideThreads() {
    }

    /** A new exploration: what an earlier one reached says nothing about this program. */
    public static void forget() {
        REACHED.clear();
    }

    static void reached(Thread t) {
        REACHED.add(t);
    }

    /** The deadlock, or the error that a thread outside the explorer's control may still end it. */
    static Failure unlessOneMayAct(Failure deadlock) {
        List<String> alive = new ArrayList<>();
        synchronized (REACHED) {
            for (Thread t : REACHED) {
                if (t.isAlive()) {
                    alive.add("'" + t.getName() + "'");
                }
            }
        }
        if (alive.isEmpty()) {
            return deadlock;
        }
        alive.sort(null);
        return new Failure(Failure.ERROR, "every thread the checker controls is blocked, but thread " + String.join(", ", alive)
                + ", which the program reached and the checker does not control (started before the run?), may still act:"
                + " no deadlock can be declared (" + deadlock.message() + ")", deadlock.step(), Map.of());
    }
}
