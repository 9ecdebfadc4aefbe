package tcheck.checker.explorer.javafixtures;

import java.util.stream.IntStream;

/** A parallel forEach adds to a plain counter from the common pool's worker and the caller: updates can be lost. */
public class ParallelStreamLostUpdate implements Runnable {
    private int count;

    @Override
    public void run() {
        IntStream.range(0, 4).parallel().forEach(i -> count++);
        if (count != 4) {
            throw new AssertionError("count " + count);
        }
    }
}
