package tcheck.checker.explorer.javafixtures;

/** Starts the given bodies as threads T1, T2 ... and joins them all. */
final class Join {
    private Join() {
    }

    static Thread[] all(Runnable... bodies) {
        Thread[] ts = new Thread[bodies.length];
        for (int i = 0; i < bodies.length; i++) {
            ts[i] = new Thread(bodies[i], "T" + (i + 1));
            ts[i].start();
        }
        for (Thread t : ts) {
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        return ts;
    }
}
