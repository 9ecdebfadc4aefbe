package tcheck.checker.explorer.javafixtures;

import java.util.concurrent.ForkJoinPool;

/** The JVM's common pool itself, kept in a static field initialized before the run: its workers are not the checker's. */
public class CommonPoolKeptBeforeTheRun implements Runnable {
    static final ForkJoinPool KEPT = ForkJoinPool.commonPool();

    @Override
    public void run() {
        KEPT.submit(() -> { }).join();
    }
}
