package tcheck.checker.explorer.javafixtures;

import java.util.List;

/** A parallel stream runs on the ForkJoinPool's common pool, which tcheck does not control: an error, never a verdict. */
public class ParallelStream implements Runnable {
    @Override
    public void run() {
        Join.all(() -> {
            int sum = List.of(1, 2, 3, 4, 5, 6, 7, 8).parallelStream().mapToInt(i -> i * 2).sum();
            if (sum != 72) {
                throw new AssertionError("sum " + sum);
            }
        });
    }
}
