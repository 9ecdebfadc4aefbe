package tcheck.checker.explorer.javafixtures;

/** A thread that slept 50 ms sees at least 50 ms pass on both clocks. */
public class ElapsedTime implements Runnable {
    @Override
    public void run() {
        Join.all(() -> {
            long n0 = System.nanoTime();
            long m0 = System.currentTimeMillis();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            long nanos = System.nanoTime() - n0;
            long millis = System.currentTimeMillis() - m0;
            if (nanos < 50_000_000L || millis < 50) {
                throw new AssertionError("slept 50 ms but saw " + nanos + " ns, " + millis + " ms");
            }
        }, () -> { });
    }
}
