package tcheck.checker.explorer;

import tcheck.checker.linearizability.LinearizabilityChecker;
import tcheck.results.FailureKind;

/**
 * How to explore.
 *
 * @param strategy        auto (DPOR to search, then fewest preemptions), dpor, odpor (optimal DPOR with
 *                        wakeup trees), dfs (naive), pb
 *                        (preemption-bounded up to maxPreemptions), random, pct, replay
 * @param maxExecutions   executions before the search stops as "bounded"
 * @param maxMillis       wall time before the search stops as "bounded"
 * @param maxSteps        steps per execution before it is cut (and checked for a livelock cycle)
 * @param maxPreemptions  the bound of the preemption-bounded search
 * @param seed            seed of random and pct
 * @param pctDepth        bug depth for pct
 * @param schedule        the schedule string for replay
 * @param spuriousWakeups wait()/await() may return without notify, as the JLS allows
 * @param stuckTimeoutMillis how long a thread may run without reaching a scheduling point
 * @param freshClasses    load the code under test anew for every execution (resets static state)
 * @param linearizability check every execution's operation history on the object under test
 *                        against its sequential spec ("non-linearizable" counterexamples)
 * @param preferKind      the counterexample kind to look for first; null: what the source prefers
 * @param baseline        run as before the speed work, for the benchmark: every execution records its
 *                        trace, DPOR without source sets, preemption-bounded searches run every path
 * @param lenientSchedule replay: a choice of the schedule that does not fit (the thread cannot run) is
 *                        replaced by the default one, as when another variant runs a schedule
 * @param linearizabilitySteps search steps of the linearizability check of one history; a history it
 *                        cannot decide within them makes the exploration "bounded", never a counterexample
 */
public record ExplorerOptions(String strategy, int maxExecutions, long maxMillis, int maxSteps, int maxPreemptions,
                              long seed, int pctDepth, String schedule, boolean spuriousWakeups,
                              long stuckTimeoutMillis, boolean freshClasses,
                              boolean linearizability, FailureKind preferKind, boolean baseline, boolean lenientSchedule,
                              long linearizabilitySteps, int fewerPreemptionsSearch) {

    public static final java.util.List<String> STRATEGIES = java.util.List.of("auto", "dpor", "odpor", "dfs", "pb", "random", "pct", "replay");

    public ExplorerOptions {
        if (!STRATEGIES.contains(strategy)) {
            throw new IllegalArgumentException("unknown strategy '" + strategy + "'; one of " + STRATEGIES);
        }
    }

    /**
     * Executions the search for a counterexample with fewer preemptions than the first one may take
     * (the preemption-bounded search; for a livelock, mapping the reachable states): a counterexample is
     * already in hand, so it gets a budget of its own, at most half the whole, and shrinking the trace
     * keeps some. The generous philosophers' 3 seats take about 3,300; 5 greedy philosophers' deadlock,
     * found with 18 preemptions, would take the whole budget to look for one with a single preemption.
     */
    public static final int FEWER_PREEMPTIONS_SEARCH = 20_000;

    public static ExplorerOptions defaults() {
        return new ExplorerOptions("auto", 50_000, 60_000, 300, 3, 1, 3, null, false, 10_000, false, false, null, false, false,
                LinearizabilityChecker.DEFAULT_MAX_STEPS, FEWER_PREEMPTIONS_SEARCH);
    }

    public ExplorerOptions withStrategy(String s) {
        return with(b -> b.strategy = s);
    }

    /** Replays a schedule as far as it fits this program (another variant's schedule), then the default policy. */
    public ExplorerOptions withLenientSchedule(String s) {
        return with(b -> {
            b.strategy = "replay";
            b.schedule = s;
            b.lenientSchedule = true;
        });
    }

    /** Replays one schedule (sets the strategy to replay). */
    public ExplorerOptions withSchedule(String s) {
        return with(b -> {
            b.strategy = "replay";
            b.schedule = s;
        });
    }

    public ExplorerOptions withBudget(int executions, long millis) {
        return with(b -> {
            b.maxExecutions = executions;
            b.maxMillis = millis;
        });
    }

    public ExplorerOptions withMaxSteps(int steps) {
        return with(b -> b.maxSteps = steps);
    }

    public ExplorerOptions withSeed(long s) {
        return with(b -> b.seed = s);
    }

    public ExplorerOptions withSpuriousWakeups(boolean on) {
        return with(b -> b.spuriousWakeups = on);
    }

    public ExplorerOptions withMaxPreemptions(int p) {
        return with(b -> b.maxPreemptions = p);
    }

    public ExplorerOptions withStuckTimeout(long millis) {
        return with(b -> b.stuckTimeoutMillis = millis);
    }

    public ExplorerOptions withFreshClasses(boolean on) {
        return with(b -> b.freshClasses = on);
    }

    /** Check operation histories for linearizability and look for "non-linearizable" first. */
    public ExplorerOptions withLinearizability() {
        return with(b -> {
            b.linearizability = true;
            b.preferKind = FailureKind.NON_LINEARIZABLE;
        });
    }

    /** The linearizability check's search steps per history (tests give it a tiny budget). */
    public ExplorerOptions withLinearizabilitySteps(long steps) {
        return with(b -> b.linearizabilitySteps = steps);
    }

    /** The executions the search for a counterexample with fewer preemptions may take (at most half the budget). */
    public ExplorerOptions withFewerPreemptionsSearch(int executions) {
        return with(b -> b.fewerPreemptionsSearch = executions);
    }

    /** Run as before the speed work (every trace recorded, classic DPOR): the benchmark's "before". */
    public ExplorerOptions withBaseline(boolean on) {
        return with(b -> b.baseline = on);
    }

    private ExplorerOptions with(java.util.function.Consumer<Copy> change) {
        Copy b = new Copy(this);
        change.accept(b);
        return b.build();
    }

    /** A mutable copy, so each {@code withX} names only what it changes. */
    private static final class Copy {
        String strategy;
        int maxExecutions;
        long maxMillis;
        int maxSteps;
        int maxPreemptions;
        long seed;
        int pctDepth;
        String schedule;
        boolean spuriousWakeups;
        long stuckTimeoutMillis;
        boolean freshClasses;
        boolean linearizability;
        FailureKind preferKind;
        boolean baseline;
        boolean lenientSchedule;
        long linearizabilitySteps;
        int fewerPreemptionsSearch;

        Copy(ExplorerOptions o) {
            strategy = o.strategy;
            maxExecutions = o.maxExecutions;
            maxMillis = o.maxMillis;
            maxSteps = o.maxSteps;
            maxPreemptions = o.maxPreemptions;
            seed = o.seed;
            pctDepth = o.pctDepth;
            schedule = o.schedule;
            spuriousWakeups = o.spuriousWakeups;
            stuckTimeoutMillis = o.stuckTimeoutMillis;
            freshClasses = o.freshClasses;
            linearizability = o.linearizability;
            preferKind = o.preferKind;
            baseline = o.baseline;
            lenientSchedule = o.lenientSchedule;
            linearizabilitySteps = o.linearizabilitySteps;
            fewerPreemptionsSearch = o.fewerPreemptionsSearch;
        }

        ExplorerOptions build() {
            return new ExplorerOptions(strategy, maxExecutions, maxMillis, maxSteps, maxPreemptions, seed, pctDepth, schedule,
                    spuriousWakeups, stuckTimeoutMillis, freshClasses, linearizability, preferKind, baseline, lenientSchedule,
                    linearizabilitySteps, fewerPreemptionsSearch);
        }
    }
}
