package tcheck.checker.explorer.javafixtures;

/** Starts the given bodies as threads T1, T2 ... (or all of one name) and joins them all; or joins threads started otherwise. */
final class Join {
    private Join() {
    }

    static Thread[] all(Runnable... bodies) {
        return start(i -> "T" + (i + 1), bodies);
    }

    /** Every thread called {@code name}, as a pool's factory may call its workers. */
    static Thread[] allNamed(String name, Runnable... bodies) {
        return start(i -> name, bodies);
    }

    private static Thread[] start(java.util.function.IntFunction<String> names, Runnable... bodies) {
        Thread[] ts = new Thread[bodies.length];
        for (int i = 0; i < bodies.length; i++) {
            ts[i] = new Thread(bodies[i], names.apply(i));
            ts[i].start();
        }
        each(ts);
        return ts;
    }

    /** Joins the threads, in this order. */
    static void each(Thread... ts) {
        for (Thread t : ts) {
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
