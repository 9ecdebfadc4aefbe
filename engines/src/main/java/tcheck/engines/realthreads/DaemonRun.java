package tcheck.engines.realthreads;

import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;

/**
 * Runs a scenario's body on a daemon thread in a thread group of its own. Threads the body starts
 * inherit both, so a hung run (a deadlock, a livelock) fails the test at its deadline instead of
 * hanging the build, and the test can tell the run's threads from any other thread in the JVM.
 */
public final class DaemonRun {
    private final ThreadGroup group;
    private final AtomicBoolean done = new AtomicBoolean();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private DaemonRun(String name, Runnable body) {
        this.group = new ThreadGroup(name);
        Thread main = new Thread(group, () -> {
            try {
                body.run();
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                done.set(true);
            }
        }, name);
        main.setDaemon(true); // threads started by the body are daemons too
        main.start();
    }

    public static DaemonRun start(String name, Runnable body) {
        return new DaemonRun(name, body);
    }

    /** Waits (polling, no sleep in the code under test) until the body returned or the deadline passed. */
    public boolean finishesWithin(Duration deadline) {
        try {
            await().atMost(deadline).pollInterval(Duration.ofMillis(5)).until(done::get);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    /** What the body threw, or null. */
    public Throwable failure() {
        return failure.get();
    }

    /** The live threads of this run (the body's thread and every thread it started). */
    public List<Thread> threads() {
        Thread[] all = new Thread[group.activeCount() + 16];
        int n = group.enumerate(all);
        List<Thread> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(all[i]);
        }
        return out;
    }
}
