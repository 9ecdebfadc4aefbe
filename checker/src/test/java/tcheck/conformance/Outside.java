package tcheck.conformance;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Not a conformance program: a stand-in for a library that keeps a pre-started thread in a static
 * field ({@code misuse/PreStartedThread} hands work to it). It is outside the checked packages and
 * {@link ConformanceTest} starts its thread before any exploration, so the thread exists before the
 * program runs, as a library's would.
 */
public final class Outside {
    public static final ExecutorService PRE_STARTED = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pre-started-outside");
        t.setDaemon(true);
        return t;
    });

    private Outside() {
    }

    /** Starts the thread (an executor starts its first worker with the first task). */
    static void start() {
        Future<?> warmUp = PRE_STARTED.submit(() -> { });
        try {
            warmUp.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
