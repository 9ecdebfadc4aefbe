package tcheck.engines.realthreads;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import tcheck.results.FailureKind;
import tcheck.results.Verdict;
import tcheck.scenario.Bound;
import tcheck.scenario.Program;
import tcheck.scenario.Scenario;
import tcheck.scenario.Violation;
import tcheck.scenarios.philosophers.DinnerProgram;
import tcheck.scenarios.philosophers.GenerousScenario;
import tcheck.scenarios.philosophers.GreedyScenario;
import tcheck.scenarios.philosophers.OrderedScenario;
import tcheck.scenarios.philosophers.SeatedScenario;
import tcheck.scenarios.philosophers.WaiterScenario;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The dining philosophers on real threads (engine "real-threads").
 *
 * <ul>
 *   <li><b>Fixed variants</b> ({@code ordered}, {@code waiter}, {@code seated}): 5 philosophers x
 *       1,000 meals, {@value #FIXED_RUNS} times each; every dinner must finish within its deadline
 *       and meet the properties (everyone ate every meal, nobody ate next to an eating neighbour).</li>
 *   <li><b>{@code greedy}</b>: the deadlock is staged, not hoped for. The philosophers' plain
 *       "pause after the left fork" seam is a {@link CyclicBarrier} for all of them, so every
 *       philosopher holds its left fork before anyone reaches for the right one; from there the
 *       deadlock is certain, and the test asserts that the JVM itself
 *       ({@link ThreadMXBean#findDeadlockedThreads()}) reports exactly the philosopher threads, in a
 *       cycle where each waits for the fork its right neighbour holds. The deadlocked threads can
 *       never be released (entering a monitor is not interruptible); they are daemons, blocked
 *       without using CPU, and die with the test JVM. Any other test in this JVM that calls
 *       {@code findDeadlockedThreads()} must therefore filter by its own threads (as this one does
 *       by thread group).</li>
 *   <li><b>{@code generous}</b>: the livelock is <em>not</em> staged. Staging it would take lock-step
 *       control of every thread at every step, which is the explorer's job, not a barrier's: a
 *       barrier can line the philosophers up once, but the OS scheduler breaks the symmetry within a
 *       round or two. The test runs the seed's program as is, counts the swaps (fork put back) and
 *       records what it saw: normally every dinner finishes ("not-observed"). It asserts only what
 *       must hold whatever the schedule: a dinner that finishes meets the properties.</li>
 * </ul>
 */
class PhilosophersRealThreadTest {
    private static final Bound FIXED_BOUND = Bound.of(5, 1_000);
    private static final int FIXED_RUNS = 20;
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Test
    void orderedPhilosophersAllEatOnRealThreads() {
        runFixed(new OrderedScenario());
    }

    @Test
    void waiterPhilosophersAllEatOnRealThreads() {
        runFixed(new WaiterScenario());
    }

    @Test
    void seatedPhilosophersAllEatOnRealThreads() {
        runFixed(new SeatedScenario());
    }

    private static void runFixed(Scenario scenario) {
        long start = System.nanoTime();
        long slowest = 0;
        for (int run = 1; run <= FIXED_RUNS; run++) {
            long runStart = System.nanoTime();
            Program program = scenario.newProgram(FIXED_BOUND);
            DaemonRun dinner = DaemonRun.start(scenario.variant() + "-dinner-" + run, program);
            if (!dinner.finishesWithin(DEADLINE)) {
                RealThreadResults.of(scenario, Verdict.ERROR, null, run, millisSince(start),
                        "run " + run + " did not finish within " + DEADLINE.toSeconds() + " s",
                        details(FIXED_BOUND, run, Map.of("sharedState", program.sharedState())));
                fail(scenario.id() + ": run " + run + " did not finish within " + DEADLINE.toSeconds() + " s");
            }
            assertNull(dinner.failure(), () -> scenario.id() + ": the dinner threw " + dinner.failure());
            try {
                program.check();
            } catch (Violation v) {
                RealThreadResults.of(scenario, Verdict.COUNTEREXAMPLE, FailureKind.of(v.kind()), run, millisSince(start),
                        v.getMessage(), details(FIXED_BOUND, run, Map.of("sharedState", program.sharedState())));
                throw v;
            }
            slowest = Math.max(slowest, millisSince(runStart));
        }
        long millis = millisSince(start);
        RealThreadResults.of(scenario, Verdict.PASSED, null, FIXED_RUNS, millis,
                FIXED_RUNS + " dinners of " + FIXED_BOUND.threads() + " philosophers x " + FIXED_BOUND.operations()
                        + " meals finished; everyone ate every meal, no neighbours ate at once",
                details(FIXED_BOUND, FIXED_RUNS, Map.of("slowestRunMillis", slowest,
                        "mealsPerRun", FIXED_BOUND.threads() * FIXED_BOUND.operations())));
    }

    @Test
    void greedyPhilosophersDeadlockOnceEveryoneHoldsTheLeftFork() {
        GreedyScenario scenario = new GreedyScenario();
        Bound bound = Bound.of(5, 1);
        int n = bound.threads();
        CyclicBarrier everyoneHoldsLeft = new CyclicBarrier(n);
        DinnerProgram program = scenario.newProgram(bound, () -> awaitBarrier(everyoneHoldsLeft));
        long start = System.nanoTime();
        DaemonRun dinner = DaemonRun.start("greedy-dinner", program);

        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Set<String> philosophers = Set.copyOf(program.names());
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(10))
                .until(() -> deadlockedNames(mx, dinner), equalTo(philosophers));
        long millis = millisSince(start);

        // Who holds which fork and waits for which, as the JVM sees it.
        Map<Integer, String> forkByIdentity = new HashMap<>();
        for (Object fork : program.forks()) {
            forkByIdentity.put(System.identityHashCode(fork), fork.toString());
        }
        Map<String, ThreadInfo> infos = new TreeMap<>();
        for (ThreadInfo info : mx.getThreadInfo(deadlockedIds(mx, dinner), true, false)) {
            infos.put(info.getThreadName(), info);
        }
        List<String> cycle = new ArrayList<>();
        for (int seat = 0; seat < n; seat++) {
            ThreadInfo info = infos.get("phil-" + seat);
            String holds = Arrays.stream(info.getLockedMonitors()).map(MonitorInfo::getIdentityHashCode)
                    .map(forkByIdentity::get).toList().toString();
            LockInfo waitsFor = info.getLockInfo();
            String wanted = forkByIdentity.get(waitsFor.getIdentityHashCode());
            int right = (seat + 1) % n;
            assertEquals("[fork-" + seat + "]", holds, "phil-" + seat + " should hold exactly its left fork");
            assertEquals("fork-" + right, wanted, "phil-" + seat + " should wait for its right fork");
            assertEquals("phil-" + right, info.getLockOwnerName(), "the right fork's holder");
            cycle.add(info.getThreadName() + " holds " + holds + ", waits for " + wanted
                    + " held by " + info.getLockOwnerName());
        }

        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("deadlocked", List.copyOf(infos.keySet()));
        extra.put("cycle", cycle);
        extra.put("sharedState", program.sharedState());
        extra.put("staging", "CyclicBarrier(" + n + ") as the pause after the left fork");
        extra.put("millisUntilJvmReportedDeadlock", millis);
        RealThreadResults.of(scenario, Verdict.COUNTEREXAMPLE, FailureKind.DEADLOCK, 1, millis,
                "the JVM reports a deadlock of " + String.join(", ", infos.keySet())
                        + ": each holds its left fork and waits for its right neighbour's",
                details(bound, 1, extra));
        // The philosophers stay blocked for good (daemon threads, no CPU). Only the dinner thread,
        // blocked in join(), could be interrupted; it too is a daemon, so it is left as it is.
    }

    @Test
    void generousPhilosophersUsuallyFinishOnRealThreads() {
        GenerousScenario scenario = new GenerousScenario();
        LongAdder swaps = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        Runnable countSwap = () -> {
            swaps.increment();
            if (stop.get()) {
                throw new IllegalStateException("dinner stopped by the test"); // ends a spinning philosopher
            }
        };
        long start = System.nanoTime();
        int started = 0;
        int finished = 0;
        long maxSwapsInARun = 0;
        String seen = null;
        for (int run = 1; run <= FIXED_RUNS; run++) {
            long before = swaps.sum();
            started++;
            DinnerProgram program = scenario.newProgram(FIXED_BOUND, countSwap);
            DaemonRun dinner = DaemonRun.start("generous-dinner-" + run, program);
            if (!dinner.finishesWithin(DEADLINE)) {
                seen = livelockOrStall(program, swaps, run);
                stop.set(true);
                break;
            }
            assertNull(dinner.failure(), () -> "the dinner threw " + dinner.failure());
            program.check(); // no safety bug in the generous philosopher: a finished dinner must be right
            finished++;
            maxSwapsInARun = Math.max(maxSwapsInARun, swaps.sum() - before);
        }
        long millis = millisSince(start);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("finishedRuns", finished);
        extra.put("swaps", swaps.sum());
        extra.put("maxSwapsInARun", maxSwapsInARun);
        extra.put("note", "the livelock needs lock-step scheduling; real threads are not staged into it");
        boolean livelock = seen != null && seen.startsWith("livelock");
        RealThreadResults.of(scenario, livelock ? Verdict.COUNTEREXAMPLE : Verdict.NOT_OBSERVED, livelock ? FailureKind.LIVELOCK : null,
                started, millis,
                seen != null ? seen
                        : finished + " of " + FIXED_RUNS + " dinners of " + FIXED_BOUND.threads() + " x "
                        + FIXED_BOUND.operations() + " meals finished; " + swaps.sum()
                        + " swaps (fork put back), no livelock on real threads",
                details(FIXED_BOUND, started, extra));
    }

    /**
     * A dinner that missed its deadline: a livelock if the philosophers keep swapping but nobody eats
     * any more, otherwise just a stall worth reporting.
     */
    private static String livelockOrStall(DinnerProgram program, LongAdder swaps, int run) {
        int mealsBefore = Arrays.stream(program.meals()).sum();
        long swapsBefore = swaps.sum();
        boolean stillSwapping;
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> swaps.sum() > swapsBefore + 1_000);
            stillSwapping = true;
        } catch (ConditionTimeoutException e) {
            stillSwapping = false;
        }
        boolean nobodyAte = Arrays.stream(program.meals()).sum() == mealsBefore;
        return (stillSwapping && nobodyAte ? "livelock" : "stall") + " in run " + run + ": not finished within "
                + DEADLINE.toSeconds() + " s, meals " + Arrays.toString(program.meals()) + ", still swapping: " + stillSwapping;
    }

    private static void awaitBarrier(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ids of the JVM's deadlocked threads that belong to this run. */
    private static long[] deadlockedIds(ThreadMXBean mx, DaemonRun run) {
        long[] all = mx.findDeadlockedThreads();
        if (all == null) {
            return new long[0];
        }
        Set<Long> ours = new HashSet<>();
        for (Thread t : run.threads()) {
            ours.add(t.getId());
        }
        return Arrays.stream(all).filter(ours::contains).toArray();
    }

    private static Set<String> deadlockedNames(ThreadMXBean mx, DaemonRun run) {
        Set<String> names = new TreeSet<>();
        for (ThreadInfo info : mx.getThreadInfo(deadlockedIds(mx, run))) {
            if (info != null) {
                names.add(info.getThreadName());
            }
        }
        return names;
    }

    private static Map<String, Object> details(Bound bound, long runs, Map<String, Object> extra) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("bound", bound.toString());
        d.put("runs", runs);
        d.putAll(extra);
        return d;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
