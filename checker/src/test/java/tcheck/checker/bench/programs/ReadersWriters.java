package tcheck.checker.bench.programs;

import tcheck.checker.bench.Outcome;

/**
 * readers-writers(r, w): w writers each write their number into one shared variable, r readers each
 * read it once (the shape of the readers/writers benchmarks of the DPOR literature). The writes
 * conflict with each other and with every read; reads commute. So the Mazurkiewicz traces are
 * known in closed form: the writes in any of w! orders, each read before, between or after them
 * ({@code w + 1} places): {@code w! * (w + 1)^r}.
 */
public final class ReadersWriters implements Runnable, tcheck.checker.bench.BenchProgram {
    private final int readers;
    private final int writers;
    private final int[] x = new int[1];
    private final Outcome outcome = new Outcome();

    public ReadersWriters(int readers, int writers) {
        this.readers = readers;
        this.writers = writers;
    }

    /** The number of Mazurkiewicz traces, in closed form. */
    public static long traces(int readers, int writers) {
        long f = 1;
        for (int i = 2; i <= writers; i++) {
            f *= i;
        }
        long p = 1;
        for (int i = 0; i < readers; i++) {
            p *= writers + 1;
        }
        return f * p;
    }

    @Override
    public void run() {
        spawn(0);
    }

    private void spawn(int k) {
        if (k >= readers + writers) {
            return;
        }
        Thread t = k < writers ? new Thread(() -> x[0] = k + 1, "writer-" + (k + 1))
                : new Thread(() -> outcome.put("reader-" + (k - writers + 1), x[0]), "reader-" + (k - writers + 1));
        t.start();
        spawn(k + 1);
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String outcome() {
        return outcome + " x=" + x[0];
    }
}
