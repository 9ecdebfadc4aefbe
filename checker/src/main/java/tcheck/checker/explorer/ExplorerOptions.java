package tcheck.checker.explorer;

/**
 * How to explore.
 *
 * @param strategy        auto (DPOR to search, then fewest preemptions), dpor, dfs (naive), pb
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
 */
public record ExplorerOptions(String strategy, int maxExecutions, long maxMillis, int maxSteps, int maxPreemptions,
                              long seed, int pctDepth, String schedule, boolean spuriousWakeups,
                              long stuckTimeoutMillis, boolean freshClasses,
                              boolean linearizability, String preferKind) {

    public static final java.util.List<String> STRATEGIES = java.util.List.of("auto", "dpor", "dfs", "pb", "random", "pct", "replay");

    public ExplorerOptions {
        if (!STRATEGIES.contains(strategy)) {
            throw new IllegalArgumentException("unknown strategy '" + strategy + "'; one of " + STRATEGIES);
        }
    }

    public static ExplorerOptions defaults() {
        return new ExplorerOptions("auto", 50_000, 60_000, 300, 3, 1, 3, null, false, 10_000, false, false, null);
    }

    public ExplorerOptions withStrategy(String s) {
        return new ExplorerOptions(s, maxExecutions, maxMillis, maxSteps, maxPreemptions, seed, pctDepth, schedule,
                spuriousWakeups, stuckTimeoutMillis, freshClasses, linearizability, preferKind);
    }

    public ExplorerOptions withSchedule(String s) {
        return new ExplorerOptions("replay", maxExecutions, maxMillis, maxSteps, maxPreemptions, seed, pctDepth, s,
                spuriousWakeups, stuckTimeoutMillis, freshClasses, linearizability, preferKind);
    }

    public ExplorerOptions withBudget(int executions, long millis) {
        return new ExplorerOptions(strategy, executions, millis, maxSteps, maxPreemptions, seed, pctDepth, schedule,
                spuriousWakeups, stuckTimeoutMillis, freshClasses, linearizability, preferKind);
    }

    public ExplorerOptions withMaxSteps(int steps) {
        return new ExplorerOptions(strategy, maxExecutions, maxMillis, steps, maxPreemptions, seed, pctDepth, schedule,
                spuriousWakeups, stuckTimeoutMillis, freshClasses, linearizability, preferKind);
    }

    public ExplorerOptions withSeed(long s) {
        return new ExplorerOptions(strategy, maxExecutions, maxMillis, maxSteps, maxPreemptions, s, pctDepth, schedule,
                spuriousWakeups, stuckTimeoutMillis, freshClasses, linearizability, preferKind);
    }

    public ExplorerOptions withSpuriousWakeups(boolean on) {
        return new ExplorerOptions(strategy, maxExecutions, maxMillis, maxSteps, maxPreemptions, seed, pctDepth, schedule,
                on, stuckTimeoutMillis, freshClasses, linearizability, preferKind);
    }

    public ExplorerOptions withMaxPreemptions(int p) {
        return new ExplorerOptions(strategy, maxExecutions, maxMillis, maxSteps, p, seed, pctDepth, schedule,
                spuriousWakeups, stuckTimeoutMillis, freshClasses, linearizability, preferKind);
    }

    public ExplorerOptions withStuckTimeout(long millis) {
        return new ExplorerOptions(strategy, maxExecutions, maxMillis, maxSteps, maxPreemptions, seed, pctDepth, schedule,
                spuriousWakeups, millis, freshClasses, linearizability, preferKind);
    }

    /** Check operation histories for linearizability and look for "non-linearizable" first. */
    public ExplorerOptions withLinearizability() {
        return new ExplorerOptions(strategy, maxExecutions, maxMillis, maxSteps, maxPreemptions, seed, pctDepth, schedule,
                spuriousWakeups, stuckTimeoutMillis, freshClasses, true, "non-linearizable");
    }

    public ExplorerOptions withFreshClasses(boolean on) {
        return new ExplorerOptions(strategy, maxExecutions, maxMillis, maxSteps, maxPreemptions, seed, pctDepth, schedule,
                spuriousWakeups, stuckTimeoutMillis, on, linearizability, preferKind);
    }
}
