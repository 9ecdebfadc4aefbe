package tcheck.checker.explorer.javafixtures;

import java.util.List;

/** A parallel stream runs on the common pool, which each execution has its own of: a correct sum is verified. */
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
