package tcheck.checker.explorer.outside;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Not checked code: a library's pool whose thread exists before any exploration (started by the test). */
public final class LibraryPool {
    public static final ExecutorService POOL = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "library-worker");
        t.setDaemon(true);
        return t;
    });

    private LibraryPool() {
    }

    /** Starts the pool's thread and waits until it ran a first task. */
    public static void start() throws Exception {
        POOL.submit(() -> { }).get();
    }
}
