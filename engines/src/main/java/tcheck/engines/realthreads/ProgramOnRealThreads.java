package tcheck.engines.realthreads;

import org.awaitility.core.ConditionTimeoutException;
import tcheck.scenario.Program;
import tcheck.scenario.Violation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * Runs one scenario {@link Program} on real threads and says what happened: finished or not, the
 * uncaught exceptions of its threads, the final-state violation, and, when it did not finish,
 * whether every live thread of the run sat in {@code WAITING} (a lost wake-up: nobody is left to
 * wake anyone). The body runs on a daemon thread in a thread group of its own; the threads it
 * starts inherit both, so a hang cannot keep the JVM alive and the group sees their exceptions.
 */
public final class ProgramOnRealThreads {
    /** How long every live thread must stay WAITING before the run counts as stuck. */
    public static final Duration STUCK_FOR = Duration.ofMillis(2000);

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    /**
     * @param finished   the body returned (all threads joined) before the deadline
     * @param uncaught   "thread: exception" for every thread that died of an exception
     * @param violation  what {@link Program#check()} threw, if the run finished
     * @param stuck      the run stopped making progress with every live thread WAITING
     * @param waiting    for an unfinished run, each live thread and what it waited on
     * @param finalState {@link Program#sharedState()} after the run
     * @param deadlocked the run's threads the JVM found deadlocked on monitors or locks ({@code findDeadlockedThreads})
     */
    public record Run(boolean finished, long nanos, List<String> uncaught, Violation violation, boolean stuck,
                      List<String> waiting, Map<String, Object> finalState, List<String> deadlocked) {
        public boolean clean() {
            return finished && uncaught.isEmpty() && violation == null;
        }
    }

    private ProgramOnRealThreads() {
    }

    public static Run run(Program program, Duration deadline) {
        return run(program, deadline, STUCK_FOR);
    }

    /**
     * As {@link #run(Program, Duration)}, with how long every live thread must stay WAITING before the run
     * counts as stuck: on a loaded machine a woken thread can wait that long for a CPU, still WAITING.
     */
    public static Run run(Program program, Duration deadline, Duration stuckFor) {
        RecordingGroup group = new RecordingGroup();
        Thread body = new Thread(group, program, "main");
        body.setDaemon(true);
        StuckWatch watch = new StuckWatch(group, body, stuckFor);
        long start = System.nanoTime();
        body.start();
        try {
            await().pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1))
                    .atMost(deadline).until(() -> !body.isAlive() || watch.stuck());
        } catch (ConditionTimeoutException e) {
            // neither finished nor provably stuck: reported as unfinished below
        }
        long nanos = System.nanoTime() - start;
        if (body.isAlive()) {
            List<String> waiting = describe(watch.workers());
            List<String> deadlocked = deadlocked(watch.workers());
            release(group, body);
            return new Run(false, nanos, group.uncaught(), null, watch.confirmed, waiting, stateOf(program), deadlocked);
        }
        Violation violation = null;
        List<String> uncaught = new ArrayList<>(group.uncaught());
        try {
            program.check();
        } catch (Violation v) {
            violation = v;
        } catch (RuntimeException | Error e) {
            // the final check crashed on what the threads left (a list corrupted by unsynchronized use): the bug showing
            uncaught.add("main (final check): " + e);
        }
        return new Run(true, nanos, List.copyOf(uncaught), violation, false, List.of(), stateOf(program), List.of());
    }

    /** The shared state after the run, or what kept it from being read (a structure the threads corrupted). */
    private static Map<String, Object> stateOf(Program program) {
        try {
            return program.sharedState();
        } catch (RuntimeException e) {
            return Map.of("unreadable", String.valueOf(e));
        }
    }

    /** The names of those threads the JVM reports deadlocked (a cycle of monitors or ownable locks). */
    static List<String> deadlocked(List<Thread> threads) {
        long[] ids = MX.findDeadlockedThreads();
        List<String> out = new ArrayList<>();
        if (ids == null) {
            return out;
        }
        for (Thread t : threads) {
            for (long id : ids) {
                if (t.getId() == id) {
                    out.add(t.getName());
                }
            }
        }
        return out;
    }

    /** Each thread's name, state and the monitor or condition it waits on (ThreadMXBean). */
    private static List<String> describe(List<Thread> threads) {
        List<String> out = new ArrayList<>();
        for (Thread t : threads) {
            ThreadInfo info = MX.getThreadInfo(t.getId());
            String on = info == null || info.getLockName() == null ? "" : " on " + info.getLockName();
            out.add(t.getName() + " " + t.getState() + on);
        }
        return out;
    }

    /** Interrupts the run's threads (the scenarios' workers stop when interrupted) and lets them end. */
    private static void release(RecordingGroup group, Thread body) {
        for (Thread t : group.live()) {
            if (t != body) {
                t.interrupt();
            }
        }
        try {
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(5)).until(() -> !body.isAlive());
        } catch (ConditionTimeoutException e) {
            // a daemon that ignores interrupts stays behind; it cannot keep the JVM alive
        }
    }

    /** The run's threads; records the exceptions that kill them instead of printing them. */
    private static final class RecordingGroup extends ThreadGroup {
        private final List<String> uncaught = new ArrayList<>();

        RecordingGroup() {
            super("real-thread-run");
        }

        @Override
        public void uncaughtException(Thread t, Throwable e) {
            synchronized (uncaught) {
                uncaught.add(t.getName() + ": " + e);
            }
        }

        List<String> uncaught() {
            synchronized (uncaught) {
                return List.copyOf(uncaught);
            }
        }

        List<Thread> live() {
            Thread[] all = new Thread[activeCount() + 16];
            int n = enumerate(all);
            return List.of(java.util.Arrays.copyOf(all, n));
        }
    }

    /**
     * Notices a run in which every live worker has been WAITING (Object.wait, Condition.await, join)
     * for {@link #STUCK_FOR} without a break. States are sampled one thread at a time, so one sample
     * could mix moments; a stretch of consecutive samples cannot, short of an absurd coincidence.
     */
    private static final class StuckWatch {
        private final RecordingGroup group;
        private final Thread body;
        private long allWaitingSince = -1;
        private long lastDeadlockCheck = System.nanoTime();
        /** Set once the run was seen stuck for the whole stretch. */
        boolean confirmed;

        private final Duration stuckFor;

        StuckWatch(RecordingGroup group, Thread body, Duration stuckFor) {
            this.stuckFor = stuckFor;
            this.group = group;
            this.body = body;
        }

        List<Thread> workers() {
            return group.live().stream().filter(t -> t != body).toList();
        }

        boolean stuck() {
            List<Thread> workers = workers();
            long sampled = System.nanoTime();
            if (sampled - lastDeadlockCheck > 50_000_000L && workers.size() > 1) {
                lastDeadlockCheck = sampled;
                if (deadlocked(workers).size() > 1) {
                    confirmed = true; // the JVM saw a cycle: no stretch of samples needed
                    return true;
                }
            }
            boolean allWaiting = !workers.isEmpty() && body.getState() == Thread.State.WAITING
                    && workers.stream().allMatch(t -> t.getState() == Thread.State.WAITING);
            long now = System.nanoTime();
            if (!allWaiting) {
                allWaitingSince = -1;
                return false;
            }
            if (allWaitingSince < 0) {
                allWaitingSince = now;
            }
            confirmed |= now - allWaitingSince >= stuckFor.toNanos();
            return confirmed;
        }
    }
}
