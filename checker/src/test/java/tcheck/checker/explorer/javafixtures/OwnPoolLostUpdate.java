package tcheck.checker.explorer.javafixtures;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/** Two forked subtasks on a pool the program made add to a plain counter: an update can be lost. */
public class OwnPoolLostUpdate implements Runnable {
    private int count;

    final class Add extends RecursiveAction {
        private final int times;

        Add(int times) {
            this.times = times;
        }

        @Override
        protected void compute() {
            if (times > 1) {
                invokeAll(new Add(times / 2), new Add(times - times / 2));
            } else {
                count++;
            }
        }
    }

    @Override
    public void run() {
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            pool.invoke(new Add(2));
        } finally {
            pool.shutdown();
        }
        if (count != 2) {
            throw new AssertionError("count " + count);
        }
    }
}
