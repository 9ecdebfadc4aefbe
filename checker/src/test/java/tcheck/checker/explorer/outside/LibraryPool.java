package tcheck.checker.explorer.outside;

import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Not checked code: a library's pool whose thread exists before any exploration (started by the test). */
public final class LibraryPool {
    private static volatile Thread worker;

    public static final ExecutorService POOL = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "library-worker");
        t.setDaemon(true);
        worker = t;
        return t;
    });

    private LibraryPool() {
    }

    /**
     * Starts the pool's thread and waits until it ran a first task and waits for the next one: work handed
     * to it then wakes it (what the explorer notices), rather than lying in the queue for a worker that is
     * still on its way back to it.
     */
    public static void start() throws Exception {
        POOL.submit(() -> { }).get();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> worker.getState() == Thread.State.WAITING);
    }
}
