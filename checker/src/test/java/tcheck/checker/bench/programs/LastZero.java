package tcheck.checker.bench.programs;

import tcheck.checker.bench.Outcome;

import java.util.Arrays;

/**
 * lastzero(n), Abdulla et al., "Optimal dynamic partial order reduction" (POPL 2014): an array of
 * n + 1 zeros; thread 0 searches it from the end for the last zero ({@code for (i = n; a[i] != 0; i--)}),
 * threads 1..n each write {@code a[j] = a[j - 1] + 1}. The reader's reads race with the writers,
 * and writer j's read races with writer j - 1's write.
 */
public final class LastZero implements Runnable, tcheck.checker.bench.BenchProgram {
    private final int n;
    private final int[] array;
    private final Outcome outcome = new Outcome();

    public LastZero(int n) {
        this.n = n;
        this.array = new int[n + 1];
    }

    @Override
    public void run() {
        spawn(0);
    }

    /** Starts thread k, then the rest, then joins thread k: main's only steps are the starts and joins. */
    private void spawn(int k) {
        if (k > n) {
            return;
        }
        Thread t = k == 0 ? new Thread(this::reader, "reader") : new Thread(() -> writer(k), "writer-" + k);
        t.start();
        spawn(k + 1);
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void reader() {
        int i;
        for (i = n; array[i] != 0; i--) {
            // search for the last zero
        }
        outcome.put("last zero", i);
    }

    private void writer(int j) {
        array[j] = array[j - 1] + 1;
    }

    @Override
    public String outcome() {
        return outcome + " " + Arrays.toString(array);
    }
}
