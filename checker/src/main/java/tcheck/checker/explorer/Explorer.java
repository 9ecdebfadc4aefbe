package tcheck.checker.explorer;

import tcheck.checker.explorer.explain.Culprits;
import tcheck.checker.explorer.explain.StepKinds;
import tcheck.checker.explorer.instrument.InstrumentingClassLoader;
import tcheck.checker.explorer.runtime.Execution;
import tcheck.checker.explorer.runtime.ExecutionOptions;
import tcheck.checker.explorer.runtime.Failure;
import tcheck.checker.explorer.runtime.RaceDetector;
import tcheck.checker.explorer.runtime.Step;
import tcheck.checker.explorer.search.CheapestLasso;
import tcheck.checker.explorer.search.CoveredPoints;
import tcheck.checker.explorer.search.DepthFirstSearch;
import tcheck.checker.explorer.search.LockStep;
import tcheck.checker.explorer.search.OptimalDpor;
import tcheck.checker.explorer.search.Pct;
import tcheck.checker.explorer.search.Probe;
import tcheck.checker.explorer.search.RandomWalk;
import tcheck.checker.explorer.search.Replay;
import tcheck.checker.explorer.search.Rerun;
import tcheck.checker.explorer.search.StateGraph;
import tcheck.checker.explorer.search.Strategy;
import tcheck.results.FailureKind;
import tcheck.results.StepMark;
import tcheck.results.TraceStep;
import tcheck.results.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Explores the interleavings of a program: runs it again and again under the controlled scheduler,
 * each time with the choices a search strategy makes, until a counterexample shows, the space is
 * exhausted (verified) or the budget runs out (bounded).
 */
public final class Explorer {
    /** One exploration at a time per JVM: the runtime's hooks are static. */
    private static final Object ONE_AT_A_TIME = new Object();
    private static final boolean DEBUG = Boolean.getBoolean("tcheck.debug");
    /**
     * {@code -Dtcheck.coveredPoints=false}: preemption-bounded searches run every path to its end, as
     * before they abandoned covered choice points (to measure against; read at each search).
     */
    public static final String COVERED_POINTS = "tcheck.coveredPoints";

    private final ProgramSource source;
    private final ExplorerOptions options;
    private final Consumer<String> progress;
    /** How often a long exploration says how far it has got (a test makes it every execution). */
    static long progressEveryNanos = 2_000_000_000L;
    private long lastReport = System.nanoTime();
    private ClassLoader sharedLoader;
    /** The last search stopped because the budget ran out, not because it was done. */
    private boolean budgetCut;
    /** Final states of every execution this run explored, for the outcome table. */
    private final OutcomeCounts outcomes = new OutcomeCounts();
    /** The key of the outcome table in {@link Exploration#details()}: a list of {@link tcheck.results.Outcome}. */
    public static final String OUTCOMES = "outcomes";

    public Explorer(ProgramSource source, ExplorerOptions options, Consumer<String> progress) {
        this.source = source;
        this.options = options;
        this.progress = progress == null ? s -> { } : progress;
    }

    public static Exploration explore(ProgramSource source, ExplorerOptions options) {
        return new Explorer(source, options, null).run();
    }

    /**
     * One execution that follows {@code probe}'s prefix and stops at the next decision (see {@link Probe}),
     * with its trace rendered: the state a person playing the scheduler sees.
     */
    public static Exploration probe(ProgramSource source, ExplorerOptions options, Probe probe) {
        return new Explorer(source, options, null).probe(probe);
    }

    /** As {@link #probe(ProgramSource, ExplorerOptions, Probe)}, reusing this explorer's classes across probes. */
    public Exploration probe(Probe probe) {
        synchronized (ONE_AT_A_TIME) {
            tcheck.checker.explorer.jdk.JdkControl.ensureInstalled();
            try {
                return render(search(probe, System.nanoTime(), 0, true));
            } finally {
                keepLoader();
            }
        }
    }

    public Exploration run() {
        synchronized (ONE_AT_A_TIME) {
            tcheck.checker.explorer.jdk.JdkControl.ensureInstalled(); // when it cannot, JDK calls end in an error that says why
            tcheck.checker.explorer.runtime.OutsideThreads.forget();
            long start = System.nanoTime();
            try {
                return runStrategy(start);
            } finally {
                keepLoader();
            }
        }
    }

    private Exploration runStrategy(long start) {
        Exploration result = switch (options.strategy()) {
            case "auto" -> auto(start);
            case "dpor" -> search(dpor(), start, 0);
            case "odpor" -> search(new OptimalDpor(), start, 0);
            case "dfs" -> search(DepthFirstSearch.naive(), start, 0);
            case "pb" -> preemptionBounded(options.maxPreemptions(), start);
            case "random" -> search(new RandomWalk(options.seed(), options.maxExecutions()), start, 0);
            case "pct" -> search(new Pct(options.seed(), options.maxExecutions(), options.pctDepth()), start, 0);
            case "replay" -> replay(options.schedule(), start);
            default -> throw new IllegalArgumentException("unknown strategy " + options.strategy());
        };
        result = render(result);
        // the whole run's wall time (searches, shrinking, rendering), not the time of the search that found it
        return result.reportedAs(result.strategy(), result.executions(), result.boundedExecutions(),
                (System.nanoTime() - start) / 1_000_000, result.races(), result.firstCounterexampleMillis(),
                outcomes.isEmpty() ? null : OUTCOMES, outcomes.outcomes());
    }

    /**
     * The search records no trace (no state after each step, no words): the reported counterexample
     * (or error) is run once more with its exact choices and recording on. Everything else about it
     * (verdict, message, schedule, counts) was known already and must come out the same.
     */
    private Exploration render(Exploration e) {
        if (!(e.trace() instanceof PendingTrace pending)) {
            return e;
        }
        Rerun rerun = new Rerun(pending.decisions);
        rerun.begin();
        Execution ex = runOne(rerun, true);
        Failure f = options.linearizability() ? Linearizability.check(ex, options.linearizabilitySteps()) : ex.failure();
        String diverged = rerun.divergence() != null ? rerun.divergence()
                : e.schedule() != null && !e.schedule().equals(schedule(ex, f)) ? "schedule " + schedule(ex, f) + " instead of " + e.schedule()
                : e.kind() != null && e.kind() != FailureKind.DATA_RACE && (f == null || e.kind() != f.resultKind())
                ? (f == null ? "no failure" : f.kind()) + " instead of " + e.kind() : null;
        if (diverged != null && e.verdict() == Verdict.ERROR) {
            // an error is what the explorer could not control (a thread outside it ...): that it ran otherwise
            // the second time says nothing new; the error stands, with the steps both runs took
            return new Exploration(e.target(), e.strategy(), e.verdict(), e.kind(), e.message(), e.complete(), e.executions(),
                    e.boundedExecutions(), e.millis(), e.schedule(), e.preemptions(),
                    trace(ex.steps(), Math.min(pending.size(), ex.steps().size()), null, List.of()), e.failingStep(), e.threads(), e.races(),
                    e.details(), e.firstCounterexampleMillis());
        }
        if (diverged != null) {
            return new Exploration(e.target(), e.strategy(), Verdict.ERROR, null, "the program is not deterministic under control ("
                    + diverged + " when run again to render the trace): does it read the clock, random numbers or identity hash codes?",
                    false, e.executions(), e.boundedExecutions(), e.millis(), e.schedule(), e.preemptions(),
                    trace(ex.steps(), ex.steps().size(), null, List.of()), 0, e.threads(), e.races(), e.details(),
                    e.firstCounterexampleMillis());
        }
        String message = e.message();
        Map<String, Object> details = new LinkedHashMap<>(e.details());
        if (f != null && e.kind() != null && e.kind() == f.resultKind()) {
            message = f.message(); // the same words; a livelock's cycle is described from the rendered steps
            details.putAll(f.details());
        }
        Failure shownFailure = e.kind() == FailureKind.DATA_RACE ? new Failure(FailureKind.DATA_RACE, e.message(), e.failingStep(), Map.of()) : f;
        // the races of the execution shown, not of every execution explored: the step numbers and words fit the trace
        List<RaceDetector.Race> races = shownRaces(ex, pending.size());
        if (details.containsKey("races")) {
            details.put("races", races.stream().map(RaceDetector.Race::describe).toList());
        }
        List<TraceStep> trace = trace(ex.steps(), pending.size(), shownFailure, races);
        return new Exploration(e.target(), e.strategy(), e.verdict(), e.kind(), message, e.complete(), e.executions(),
                e.boundedExecutions(), e.millis(), e.schedule(), e.preemptions(), trace, failingStep(trace, e.failingStep()),
                e.threads(), races, details, e.firstCounterexampleMillis());
    }

    /**
     * A lock-step probe first (one execution; it walks into livelocks), then DPOR (complete, so a
     * clean run verifies); when a counterexample has preemptions, the preemption-bounded search
     * looks for one with fewer, so the trace shown is the simplest.
     */
    private Exploration auto(long start) {
        Exploration probe = search(new LockStep(), start, 0);
        if (probe.verdict() == Verdict.ERROR && Boolean.TRUE.equals(probe.details().get(Failure.STUCK))) {
            return probe; // a thread blocked where the explorer cannot see: another schedule would wait out the stuck timeout again
        }
        // a data race alone is the weaker finding: the search goes on for the failure it can cause
        Exploration first = probe.foundCounterexample() && probe.kind() != FailureKind.DATA_RACE && matchesPreference(probe) ? probe
                : search(autoDpor(), start, probe.executions());
        if (first.verdict() == Verdict.ERROR || !first.foundCounterexample() || first.preemptions() == null
                || first.kind() == FailureKind.DATA_RACE) {
            return first;
        }
        if (first.kind() == FailureKind.LIVELOCK) {
            first = withoutPrefixLoops(first, start);
            if (first.preemptions() > 0) {
                Exploration fewest = cheapestLivelock(first, start);
                if (fewest != null) {
                    return fewest;
                }
            }
        }
        if (first.preemptions() == 0) {
            return shrink(first, start);
        }
        long executions = first.executions();
        String cut = null;
        Exploration fewerUnproven = null;
        CoveredPoints covered = new CoveredPoints();
        for (int b = 0; b < first.preemptions(); b++) {
            // a budget of its own, so that a bound whose first counterexample has many preemptions (the search for
            // fewer grows with the threads to the power of the preemptions) still leaves the rest for shrinking
            Exploration fewer = preemptionBoundedSearch(b, covered, start, executions, fewerPreemptionsCap(first));
            executions = fewer.executions();
            if (fewer.foundCounterexample() && first.kind() == fewer.kind() && fewer.preemptions() != null
                    && fewer.preemptions() > b) {
                // a livelock met after following a cycle that broke off (states alike but for what the
                // threads keep to themselves): taken round without counting, so more than b; look on
                if (fewer.preemptions() < first.preemptions() && (fewerUnproven == null || fewer.preemptions() < fewerUnproven.preemptions())) {
                    fewerUnproven = withStrategy(fewer, first.strategy() + ", then preemption-bounded(" + b + ")", first, null);
                }
                continue;
            }
            if (fewer.foundCounterexample() && first.kind() == fewer.kind()) {
                fewer = fewer.kind() == FailureKind.LIVELOCK ? withoutPrefixLoops(fewer, start) : fewer;
                return shrink(withStrategy(fewer, first.strategy() + ", then preemption-bounded(" + b + ") for the fewest preemptions", first,
                        null), start);
            }
            if (fewer.verdict() == Verdict.ERROR) {
                break;
            }
            if (budgetCut) {
                cut = "the search for a counterexample with " + b + " preemption" + (b == 1 ? "" : "s") + " ran out of budget after "
                        + String.format(Locale.ROOT, "%,d", executions - first.executions()) + " executions of the preemption-bounded search: one with fewer than "
                        + first.preemptions() + " may exist";
                break;
            }
        }
        if (fewerUnproven != null) {
            return shrink(fewerUnproven.withExecutions(executions).reportedAs(fewerUnproven.strategy(), executions,
                    fewerUnproven.boundedExecutions(), fewerUnproven.millis(), fewerUnproven.races(), fewerUnproven.firstCounterexampleMillis(),
                    "budgetCut", cut != null ? cut : "a cycle that looked closed broke off while followed: one with fewer than "
                            + fewerUnproven.preemptions() + " preemptions may exist"), start);
        }
        String label = cut == null ? " (no counterexample with fewer preemptions)" : " (search for fewer preemptions cut by the budget)";
        return shrink(withStrategy(first, first.strategy() + label, first, cut).withExecutions(executions), start);
    }

    /** Where the search for fewer preemptions stops: its own budget after the first counterexample, at most half the whole. */
    private long fewerPreemptionsCap(Exploration first) {
        return first.executions() + Math.min(options.maxExecutions() / 2, options.fewerPreemptionsSearch());
    }

    /**
     * A livelock with the fewest preemptions, proven so: maps every reachable state ({@link StateGraph}),
     * finds the cheapest fair lasso on the map ({@link CheapestLasso}) and replays it. When the budget
     * cuts the map, {@code first} is kept and the summary says a cheaper one may exist. Null when the map
     * cannot be made (a notify with a choice of waiters, see {@link StateGraph#incomplete()}) or disagrees
     * with the replay: the preemption-bounded search then tries.
     */
    private Exploration cheapestLivelock(Exploration first, long start) {
        StateGraph graph = new StateGraph(options.maxSteps());
        long executions = first.executions();
        long mapSteps = 0;
        long mapStart = System.nanoTime();
        long cap = fewerPreemptionsCap(first);
        while (graph.hasNext()) {
            if (executions >= cap || (System.nanoTime() - start) / 1_000_000 >= options.maxMillis()) {
                String cut = "mapping the reachable states for the fewest preemptions ran out of budget after "
                        + String.format(Locale.ROOT, "%,d", executions - first.executions()) + " executions ("
                        + String.format(Locale.ROOT, "%,d", graph.states().size()) + " states): a livelock with fewer than "
                        + first.preemptions() + " preemptions may exist";
                return shrink(withStrategy(first, first.strategy() + " (search for fewer preemptions cut by the budget)", first, cut)
                        .withExecutions(executions), start);
            }
            graph.begin();
            Execution ex = runOne(graph, false);
            executions++;
            mapSteps += ex.steps().size();
            graph.end(ex);
            reportProgress(executions, () -> "mapping the reachable states (" + String.format(Locale.ROOT, "%,d", graph.states().size())
                    + " so far) for the livelock with the fewest preemptions", start);
        }
        if (DEBUG) {
            System.err.println("[state graph] " + graph.states().size() + " states, " + (executions - first.executions())
                    + " executions, " + mapSteps + " steps, " + (System.nanoTime() - mapStart) / 1_000_000 + " ms" + (graph.incomplete() == null ? "" : "; incomplete: " + graph.incomplete()));
        }
        if (graph.incomplete() != null) {
            return null;
        }
        long lassoStart = System.nanoTime();
        CheapestLasso.Lasso lasso = CheapestLasso.of(graph);
        if (DEBUG) {
            System.err.println("[cheapest lasso] " + (System.nanoTime() - lassoStart) / 1_000_000 + " ms");
        }
        String mapped = "the cheapest fair cycle among " + String.format(Locale.ROOT, "%,d", graph.states().size()) + " states";
        if (lasso == null || lasso.preemptions() > first.preemptions()) {
            return null; // the map disagrees with the livelock found: states it merges differ after all
        }
        Exploration fewest = first.withExecutions(executions);
        if (lasso.preemptions() < first.preemptions()) {
            String schedule = lasso.schedule(graph);
            fewest = search(new Replay(schedule), start, executions);
            if (DEBUG) {
                System.err.println("[state graph] cheapest " + lasso + " " + schedule + " replayed: " + fewest.kind() + " "
                        + fewest.preemptions() + " " + fewest.schedule() + " " + fewest.message());
            }
            if (!(fewest.foundCounterexample() && fewest.kind() == FailureKind.LIVELOCK && fewest.preemptions() != null
                    && fewest.preemptions() == lasso.preemptions())) {
                return null;
            }
        }
        Exploration shown = withStrategy(fewest, first.strategy() + ", then " + mapped + " (no livelock with fewer preemptions)", first, null);
        return shrink(shown.reportedAs(shown.strategy(), executions, shown.boundedExecutions(), (System.nanoTime() - start) / 1_000_000,
                shown.races(), shown.firstCounterexampleMillis(), "statesMapped", graph.states().size()), start);
    }

    /**
     * Drops choices that are not needed: replays the schedule without one choice at a time (a choice
     * that no longer fits falls back to the default), and keeps the result when it shows the same
     * kind of failure, with no more preemptions, in fewer steps. At most {@code SHRINK_ATTEMPTS} replays.
     */
    private Exploration shrink(Exploration cx, long start) {
        Exploration best = cx;
        long executions = cx.executions();
        int attempts = 0;
        boolean improved = true;
        String cut = null;
        // first, long runs of one thread's choices (a spin loop waiting for another thread): halves of a run at a
        // time, where dropping its choices one by one would spend the whole budget on a few steps each
        boolean halved = true;
        while (halved && attempts < SHRINK_ATTEMPTS && cut == null) {
            halved = false;
            List<String> tokens = Replay.parse(best.schedule());
            List<String> lap = Replay.lap(best.schedule());
            int[] run = longestRun(tokens);
            for (int drop = run[1] / 2; drop >= LONG_RUN / 2 && !halved && attempts < SHRINK_ATTEMPTS; drop /= 2) {
                List<String> fewer = new ArrayList<>(tokens.subList(0, run[0]));
                fewer.addAll(tokens.subList(run[0] + drop, tokens.size()));
                attempts++;
                Exploration e = search(new Replay(lap.isEmpty() ? String.join(".", fewer) : Replay.lasso(fewer, lap), true), start, executions);
                if (budgetCut) {
                    cut = "shrinking ran out of budget after " + (attempts - 1) + " replays: a shorter trace may exist";
                    break;
                }
                executions = e.executions();
                if (e.foundCounterexample() && best.kind() == e.kind() && e.preemptions() != null
                        && e.preemptions() <= best.preemptions() && e.trace().size() < best.trace().size()) {
                    best = e;
                    halved = true;
                }
            }
        }
        while (improved && attempts < SHRINK_ATTEMPTS && cut == null) {
            improved = false;
            List<String> tokens = Replay.parse(best.schedule());
            List<String> lap = Replay.lap(best.schedule()); // a lasso keeps its lap: only the prefix shrinks
            for (int i = tokens.size() - 1; i >= 0; i--) {
                if (attempts >= SHRINK_ATTEMPTS) {
                    cut = "shrinking stopped at its limit of " + SHRINK_ATTEMPTS + " replays: a shorter trace may exist";
                    break;
                }
                List<String> fewer = new ArrayList<>(tokens);
                fewer.remove(i);
                attempts++;
                Exploration e = search(new Replay(lap.isEmpty() ? String.join(".", fewer) : Replay.lasso(fewer, lap), true), start, executions);
                if (budgetCut) {
                    cut = "shrinking ran out of budget after " + (attempts - 1) + " replays: a shorter trace may exist";
                    break;
                }
                executions = e.executions();
                if (e.foundCounterexample() && best.kind() == e.kind() && e.preemptions() != null
                        && e.preemptions() <= best.preemptions() && e.trace().size() < best.trace().size()) {
                    best = e;
                    improved = true;
                    break;
                }
            }
        }
        if (best == cx) {
            cx = cx.withExecutions(executions);
            return cut == null ? cx : cx.reportedAs(cx.strategy(), cx.executions(), cx.boundedExecutions(), cx.millis(), cx.races(),
                    cx.firstCounterexampleMillis(), "shrinkCut", cut);
        }
        Exploration shrunk = best.reportedAs(cx.strategy() + ", shrunk", executions, cx.boundedExecutions(),
                (System.nanoTime() - start) / 1_000_000, cx.races(), cx.firstCounterexampleMillis(),
                "shrunk", "from " + cx.trace().size() + " to " + best.trace().size() + " steps");
        if (cx.details().get("budgetCut") != null) {
            shrunk = shrunk.reportedAs(shrunk.strategy(), shrunk.executions(), shrunk.boundedExecutions(), shrunk.millis(),
                    shrunk.races(), shrunk.firstCounterexampleMillis(), "budgetCut", cx.details().get("budgetCut"));
        }
        return cut == null ? shrunk : shrunk.reportedAs(shrunk.strategy(), shrunk.executions(), shrunk.boundedExecutions(),
                shrunk.millis(), shrunk.races(), shrunk.firstCounterexampleMillis(), "shrinkCut", cut);
    }

    private static final int SHRINK_ATTEMPTS = 150;
    /** A run of this many choices of one thread or more is shrunk by halves first. */
    private static final int LONG_RUN = 16;

    /** {start, length} of the longest run of equal choices, length 0 when none is {@link #LONG_RUN} long. */
    private static int[] longestRun(List<String> tokens) {
        int bestStart = 0;
        int bestLength = 0;
        for (int i = 0; i < tokens.size(); ) {
            int j = i;
            while (j < tokens.size() && tokens.get(j).equals(tokens.get(i))) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        return bestLength >= LONG_RUN ? new int[] {bestStart, bestLength} : new int[] {0, 0};
    }
    /** The executions after which the current search stops as cut by the budget (see {@link #search(Strategy, long, long, long)}). */
    private long executionCap = Long.MAX_VALUE;

    /**
     * A livelock found by a depth-first search may go round loops of its own, before its lap or inside
     * it (a thread spinning alone until the search preempts it): where the state before step i comes
     * back before step j (i < j, both before the lap or both in it), steps i..j-1 are cut and the shorter
     * lasso replayed; kept when it shows a livelock again with no more preemptions in fewer steps.
     * Longest loop first.
     */
    private Exploration withoutPrefixLoops(Exploration cx, long start) {
        Exploration best = cx;
        long executions = cx.executions();
        for (int attempts = 0; attempts < SHRINK_ATTEMPTS && !budgetCut; ) {
            Replay again = new Replay(best.schedule());
            again.begin();
            Execution ex = runOne(again, false);
            executions++;
            if (!(ex.failure() != null && ex.failure().details().get("cycleStart") instanceof Integer cycleStart
                    && ex.failure().details().get("cycleLength") instanceof Integer cycleLength)) {
                break;
            }
            List<Step> steps = ex.steps();
            int lapStart = cycleStart - 1;
            int lapEnd = Math.min(lapStart + cycleLength, steps.size());
            List<int[]> loops = new ArrayList<>();
            for (int j = 1; j < lapEnd; j++) {
                for (int i = j <= lapStart ? 0 : lapStart; i < j; i++) {
                    if (steps.get(i).stateHash() == steps.get(j).stateHash()) {
                        loops.add(new int[] {i, j});
                        break;
                    }
                }
            }
            loops.sort((a, b) -> (b[1] - b[0]) - (a[1] - a[0]));
            Exploration shorter = null;
            for (int[] loop : loops) {
                if (attempts++ >= SHRINK_ATTEMPTS) {
                    break;
                }
                List<String> prefix = new ArrayList<>();
                List<String> lap = new ArrayList<>();
                for (Execution.Decision d : ex.decisions()) {
                    if (d.options().size() > 1 && d.step() < lapEnd && (d.step() < loop[0] || d.step() >= loop[1])) {
                        (d.step() < lapStart ? prefix : lap).add(d.token());
                    }
                }
                if (lap.isEmpty()) {
                    continue;
                }
                Exploration e = search(new Replay(Replay.lasso(prefix, lap)), start, executions);
                executions = e.executions();
                if (budgetCut) {
                    break;
                }
                if (e.foundCounterexample() && e.kind() == FailureKind.LIVELOCK && e.preemptions() != null
                        && e.preemptions() <= best.preemptions() && e.trace().size() < best.trace().size()) {
                    shorter = e;
                    break;
                }
            }
            if (shorter == null) {
                break;
            }
            best = shorter.reportedAs(cx.strategy(), executions, cx.boundedExecutions(), cx.millis(), cx.races(),
                    cx.firstCounterexampleMillis(), null, null);
        }
        return best == cx ? cx.withExecutions(executions) : best.withExecutions(executions);
    }

    /** The search auto runs: optimal DPOR (wakeup trees); the baseline runs classic DPOR as before. */
    private Strategy autoDpor() {
        return options.baseline() ? DepthFirstSearch.classicDpor() : new OptimalDpor();
    }

    private DepthFirstSearch dpor() {
        return options.baseline() ? DepthFirstSearch.classicDpor() : DepthFirstSearch.dpor();
    }

    private boolean matchesPreference(Exploration e) {
        return preferredKind() == null || preferredKind() == e.kind();
    }

    private FailureKind preferredKind() {
        boolean useOption = options.preferKind() != null
                && (!options.linearizability() || source instanceof ScenarioSource s && s.scenario().objectUnderTest(s.bound()) != null);
        return useOption ? options.preferKind() : source.preferredKind(); // whole programs have no history to check
    }

    /** @param budgetCut what a budget cut short, or null */
    private static Exploration withStrategy(Exploration e, String strategy, Exploration first, String budgetCut) {
        return e.reportedAs(strategy, e.executions(), e.boundedExecutions(), e.millis(), merge(first.races(), e.races()),
                first.firstCounterexampleMillis(), budgetCut == null ? null : "budgetCut", budgetCut);
    }

    private static List<RaceDetector.Race> merge(List<RaceDetector.Race> a, List<RaceDetector.Race> b) {
        Map<String, RaceDetector.Race> all = new LinkedHashMap<>();
        a.forEach(r -> all.putIfAbsent(r.key(), r));
        b.forEach(r -> all.putIfAbsent(r.key(), r));
        return List.copyOf(all.values());
    }

    /**
     * The search with at most {@code b} preemptions, which abandons a choice point covered by an
     * earlier one; run again without abandoning any when a fair cycle made that unsafe (see
     * {@link DepthFirstSearch#prunedBeforeCycles()}).
     */
    private Exploration preemptionBoundedSearch(int b, CoveredPoints covered, long start, long executionsBefore, long cap) {
        if (options.baseline() || !"true".equals(System.getProperty(COVERED_POINTS, "true"))) {
            return search(DepthFirstSearch.preemptionBounded(b), start, executionsBefore, cap);
        }
        DepthFirstSearch pruning = DepthFirstSearch.preemptionBounded(b, covered);
        Exploration e = search(pruning, start, executionsBefore, cap);
        if (DEBUG) {
            System.err.println("[pb " + b + "] " + pruning.pruned() + " choice points covered (" + pruning.skippedUnrun()
                    + " of them not run)" + (pruning.prunedBeforeCycles()
                    ? ", then a cycle was followed: searching again without" : ""));
        }
        if (pruning.prunedBeforeCycles() && e.verdict() != Verdict.ERROR && !budgetCut) {
            e = search(DepthFirstSearch.preemptionBounded(b), start, e.executions(), cap);
        }
        return e;
    }

    private Exploration preemptionBounded(int max, long start) {
        Exploration last = null;
        long executions = 0;
        CoveredPoints covered = new CoveredPoints();
        for (int b = 0; b <= max; b++) {
            last = preemptionBoundedSearch(b, covered, start, executions, Long.MAX_VALUE);
            executions = last.executions();
            if (last.foundCounterexample() && last.kind() != FailureKind.DATA_RACE || last.verdict() == Verdict.ERROR) {
                return last;
            }
            if (budgetCut && last.kind() != FailureKind.DATA_RACE) {
                return new Exploration(last.target(), "preemption-bounded(0.." + max + ")", Verdict.BOUNDED, null,
                        "the budget ran out while searching with up to " + b + " preemption" + (b == 1 ? "" : "s") + " (of " + max
                                + "): no counterexample found so far", false, last.executions(), last.boundedExecutions(),
                        last.millis(), last.schedule(), last.preemptions(), last.trace(), last.failingStep(), last.threads(),
                        last.races(), Map.of("preemptionBound", max, "budgetCut", b), -1);
            }
        }
        if (last.kind() == FailureKind.DATA_RACE) {
            return last; // no violation within the bound, but racy
        }
        // complete for this preemption bound only: never "verified"
        return new Exploration(last.target(), "preemption-bounded(0.." + max + ")", Verdict.BOUNDED, null,
                "no counterexample with up to " + max + " preemptions", false, last.executions(), last.boundedExecutions(),
                last.millis(), null, null, List.of(), 0, last.threads(), last.races(), Map.of("preemptionBound", max), -1);
    }

    private Exploration replay(String schedule, long start) {
        Replay replay = new Replay(schedule, options.lenientSchedule());
        Exploration e = search(replay, start, 0, true);
        if (replay.problem() != null) {
            return new Exploration(e.target(), "replay", Verdict.ERROR, null, replay.problem(), false, e.executions(), 0,
                    e.millis(), schedule, e.preemptions(), e.trace(), e.failingStep(), e.threads(), e.races(), e.details(), -1);
        }
        return e;
    }

    /** Runs executions chosen by {@code strategy} until it is done, a counterexample shows, or the budget ends. */
    private Exploration search(Strategy strategy, long start, long executionsBefore) {
        return search(strategy, start, executionsBefore, false);
    }

    /** A search that stops as cut by the budget after {@code cap} executions (counted as {@code executionsBefore} is). */
    private Exploration search(Strategy strategy, long start, long executionsBefore, long cap) {
        executionCap = cap;
        try {
            return search(strategy, start, executionsBefore, false);
        } finally {
            executionCap = Long.MAX_VALUE;
        }
    }

    /** Says how far the exploration has got, when it has said nothing for a while. */
    private void reportProgress(long executions, java.util.function.Supplier<String> doing, long start) {
        if (System.nanoTime() - lastReport > progressEveryNanos) {
            lastReport = System.nanoTime();
            progress.accept(source.describe() + ": " + String.format(Locale.ROOT, "%,d", executions) + " executions, " + doing.get() + ", "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
    }

    /** @param record keep every execution's trace (one replay shows it); searches keep none, see {@link #render} */
    private Exploration search(Strategy strategy, long start, long executionsBefore, boolean record) {
        long executions = executionsBefore;
        long bounded = 0;
        Map<String, RaceDetector.Race> races = new LinkedHashMap<>();
        List<String> threads = List.of();
        boolean budgetOut = false;
        long redundant = 0;
        long undecided = 0; // executions whose history the linearizability check could not decide
        boolean drew = false; // the program drew unseeded random numbers: the same in every execution
        Exploration fallback = null;
        Exploration raceWitness = null;
        budgetCut = false;
        while (strategy.hasNext()) {
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            if (executions >= Math.min(options.maxExecutions(), executionCap) || elapsedMs >= options.maxMillis()) {
                budgetOut = true;
                budgetCut = true;
                break;
            }
            strategy.begin();
            Execution ex = runOne(strategy, record);
            executions++;
            strategy.end(ex);
            if (DEBUG) {
                System.err.println("[exec " + executions + "] " + (ex.redundant() ? "REDUNDANT " : "") + (ex.failure() == null ? "" : "FAIL " + ex.failure().message() + " ") + schedule(ex) + " :: "
                        + ex.steps().stream().map(st -> st.threadName + ":" + st.action()).toList());
            }
            threads = ex.threadNames();
            drew |= ex.drewRandomNumbers();
            boolean racesBefore = !races.isEmpty();
            for (RaceDetector.Race r : ex.races()) {
                races.putIfAbsent(r.key(), r);
            }
            if (!racesBefore && !races.isEmpty() && !ex.redundant()) {
                // the execution that showed the first race: its trace and schedule go with a data-race verdict
                RaceDetector.Race first = races.values().iterator().next();
                raceWitness = new Exploration(source.describe(), strategy.name(), Verdict.COUNTEREXAMPLE, FailureKind.DATA_RACE, first.describe(),
                        false, executions, 0, 0, schedule(ex), preemptions(ex),
                        traceOf(ex, ex.steps().size(), new Failure(FailureKind.DATA_RACE, first.describe(), first.second().step(), Map.of())),
                        Math.min(first.second().step(), ex.steps().size()), ex.threadNames(), List.of(first), Map.of(), -1);
            }
            String diverged = strategy instanceof DepthFirstSearch d ? d.divergence()
                    : strategy instanceof OptimalDpor o ? o.divergence() : null;
            if (diverged != null) {
                return error(strategy, "the program is not deterministic under control (" + diverged
                        + "): does it read the clock, random numbers or identity hash codes?", executions, start, ex);
            }
            Failure f = options.linearizability() ? Linearizability.check(ex, options.linearizabilitySteps()) : ex.failure();
            outcomes.add(ex, f, schedule(ex));
            if (ex.boundReached() && (f == null || f.isStepBound())) {
                bounded++;
            }
            if (f != null && f.isError()) {
                return error(strategy, f.message(), executions, start, ex);
            }
            if (ex.redundant()) {
                redundant++;
            }
            if (f != null && f.isUndecided()) {
                undecided++;
            }
            if (f != null && !f.isStepBound() && !f.isUndecided()) {
                long ms = (System.nanoTime() - start) / 1_000_000;
                Exploration found = counterexample(strategy, ex, f, executions, bounded, ms, List.copyOf(races.values()), ms);
                if (preferredKind() == null || preferredKind() == f.resultKind() || strategy instanceof Replay || strategy instanceof Probe) {
                    return fallback == null ? found : withFallback(found, fallback);
                }
                if (fallback == null) {
                    fallback = found; // keep looking for the kind the scenario teaches
                }
            }
            if (strategy instanceof Replay || strategy instanceof Probe) {
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (!races.isEmpty() && !(strategy instanceof Probe && ex.redundant())) { // a probe that ran to the end is a replay
                    RaceDetector.Race r = races.values().iterator().next();
                    return counterexample(strategy, ex, new Failure(FailureKind.DATA_RACE, r.describe(), r.second().step(), Map.of()),
                            executions, bounded, ms, List.copyOf(races.values()), ms);
                }
                return new Exploration(source.describe(), strategy.name(), f == null ? Verdict.PASSED : Verdict.BOUNDED, null,
                        f == null ? "the schedule ran to the end without a violation" : f.message(), false, executions, bounded, ms,
                        schedule(ex), preemptions(ex), traceOf(ex, ex.steps().size(), null), 0, threads, shownRaces(ex, ex.steps().size()),
                        Map.of(), -1);
            }
            reportProgress(executions, strategy::name, start);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (fallback != null) {
            return fallback.reportedAs(fallback.strategy(), executions, bounded, ms, fallback.races(),
                    fallback.firstCounterexampleMillis(), "note", "no " + preferredKind() + " found in "
                            + (executions - executionsBefore) + " executions; this is the first violation met");
        }
        List<RaceDetector.Race> raceList = List.copyOf(races.values());
        boolean complete = strategy.exhausted() && !budgetOut && bounded == 0 && undecided == 0;
        if (!raceList.isEmpty()) {
            RaceDetector.Race r = raceList.get(0);
            Exploration w = raceWitness;
            return new Exploration(source.describe(), strategy.name(), Verdict.COUNTEREXAMPLE, FailureKind.DATA_RACE, r.describe(), complete,
                    executions, bounded, ms, w == null ? null : w.schedule(), w == null ? null : w.preemptions(),
                    w == null ? List.of() : w.trace(), w == null ? 0 : w.failingStep(), threads, raceList, Map.of("races", raceList), ms);
        }
        long explored = executions - redundant; // the probe's included, as the summary line counts them
        // executions cut at the step bound never reached the program's end, so never its checks: when that is all of
        // them, the search has checked nothing, whatever the budget, and only a higher bound helps
        boolean everyOneCut = bounded > 0 && bounded >= explored - executionsBefore;
        String cutAtBound = bounded == 0 ? null : everyOneCut
                ? "every execution reached the step bound of " + options.maxSteps() + " before the program ended (raise --max-steps)"
                : String.format(Locale.ROOT, "%,d", bounded) + " executions reached the step bound of " + options.maxSteps();
        String why = budgetOut ? "budget ran out (" + options.maxExecutions() + " executions / " + options.maxMillis() + " ms)"
                + (cutAtBound == null ? "" : "; " + cutAtBound)
                : cutAtBound != null ? cutAtBound
                : undecided > 0 ? "the linearizability check ran out of its budget (" + options.linearizabilitySteps()
                        + " steps) on the history of " + undecided + (undecided == 1 ? " execution" : " executions")
                : strategy.exhausted() ? "" : "sampling strategy: not exhaustive";
        String pruned = redundant == 0 ? "" : " (plus " + redundant + " cut short by sleep sets)";
        String message = complete
                ? "verified: all " + explored + (explored == 1 ? " execution" : " executions") + " of this bound explored" + pruned
                + ", complete, no violation, no data race"
                + (drew ? "; the program draws random numbers it does not seed, the same in every execution: other draws were not tried" : "")
                : "no violation found in " + (executions - executionsBefore) + " executions, but the search is not complete: " + why;
        return new Exploration(source.describe(), strategy.name(), complete ? Verdict.VERIFIED : Verdict.BOUNDED, null, message, complete,
                executions, bounded, ms, null, null, List.of(), 0, threads, raceList,
                everyOneCut ? Map.of("stepBoundCut", cutAtBound)
                        : drew ? Map.of("randomDraws", "its unseeded random draws were the same in every execution") : Map.of(), -1);
    }

    /** One execution of a fresh program under {@code chooser}'s choices. */
    private Execution runOne(Strategy strategy, boolean record) {
        ExecutionOptions exec = new ExecutionOptions(options.maxSteps(), options.stuckTimeoutMillis(), options.spuriousWakeups());
        ClassLoader loader = options.freshClasses() ? newLoader() : sharedLoader();
        Execution ex = new Execution(strategy, exec);
        ex.recordTrace(record || options.baseline());
        if (options.linearizability()) {
            ex.recordHistories(source.objectUnderTest(loader));
        }
        ex.run(() -> source.newProgram(loader));
        if (ex.classInitAbandoned() && loader == sharedLoader) {
            // a class whose initializer was cut short is unusable in that loader, and one an execution initialized
            // would take no initialization step in a later execution: the next one, of this run or the next, gets a fresh loader
            sharedLoader = null;
        }
        return ex;
    }

    private static Exploration withFallback(Exploration found, Exploration fallback) {
        return found.reportedAs(found.strategy(), found.executions(), found.boundedExecutions(), found.millis(), found.races(),
                fallback.firstCounterexampleMillis(), "alsoFound",
                fallback.kind() + ": " + fallback.message() + " (schedule " + fallback.schedule() + ")");
    }

    /**
     * One loader for every search of this run (auto runs several, shrinking up to
     * {@code SHRINK_ATTEMPTS} replays): the classes under test are defined once, not per search.
     */
    private ClassLoader sharedLoader() {
        if (sharedLoader == null) {
            sharedLoader = source.instrumenter().takeIdle(); // the last run's, when it left its classes as defined
        }
        if (sharedLoader == null || sharedLoader instanceof InstrumentingClassLoader l && l.definedStaticState()) {
            // every execution starts from the same static state: classes with statics are defined anew
            sharedLoader = newLoader();
        }
        return sharedLoader;
    }

    /**
     * At the end of a run: its loader is kept for the next run of the same classes (none is left here once an
     * execution ran an initializer: see {@link #runOne}).
     */
    private void keepLoader() {
        if (sharedLoader instanceof InstrumentingClassLoader l) {
            source.instrumenter().keepIdle(l);
        }
        sharedLoader = null; // taken again at this explorer's next run (a probe), unless another run has it
    }

    private ClassLoader newLoader() {
        return new InstrumentingClassLoader(source.instrumenter().source(), source.instrumenter());
    }

    private Exploration error(Strategy strategy, String message, long executions, long start, Execution ex) {
        long ms = (System.nanoTime() - start) / 1_000_000;
        // a stuck thread is shown with the steps as they ran (their words, no state after them): run again to render
        // the state, it would wait out the stuck timeout a second time
        boolean stuck = ex.failure() != null && ex.failure().isStuck();
        List<TraceStep> trace = stuck && !ex.recordsTrace() ? trace(ex.steps(), ex.steps().size(), null, List.of())
                : traceOf(ex, ex.steps().size(), null);
        return new Exploration(source.describe(), strategy.name(), Verdict.ERROR, null, message, false, executions, 0, ms,
                schedule(ex), preemptions(ex), trace, 0, ex.threadNames(), List.of(), stuck ? Map.of(Failure.STUCK, true) : Map.of(), -1);
    }

    private Exploration counterexample(Strategy strategy, Execution ex, Failure f, long executions, long bounded, long ms,
                                       List<RaceDetector.Race> races, long firstMs) {
        int shown = ex.steps().size();
        if (f.details().get("shownSteps") instanceof Integer n) {
            shown = n;
        }
        if (ex.recordsTrace()) {
            races = shownRaces(ex, shown); // a recorded trace is final: its races are its own (else render picks them)
        }
        Map<String, Object> details = new LinkedHashMap<>(f.details());
        if (!races.isEmpty()) {
            details.put("races", races.stream().map(RaceDetector.Race::describe).toList());
        }
        List<TraceStep> trace = traceOf(ex, shown, f);
        int failing = f.step() == 0 ? Math.min(shown, ex.steps().size()) : f.step();
        // a lasso's preemptions are those of its prefix and one lap: the rest repeats them
        int preemptions = f.resultKind() == FailureKind.LIVELOCK ? preemptions(ex.steps().subList(0, Math.min(shown, ex.steps().size())))
                : preemptions(ex);
        return new Exploration(source.describe(), strategy.name(), Verdict.COUNTEREXAMPLE, f.resultKind(), f.message(), false,
                executions, bounded, ms, schedule(ex, f), preemptions, trace,
                trace instanceof PendingTrace ? failing : failingStep(trace, failing), ex.threadNames(), races, details, firstMs);
    }

    static String schedule(Execution ex) {
        List<String> tokens = new ArrayList<>();
        for (Execution.Decision d : ex.decisions()) {
            if (d.options().size() > 1) {
                tokens.add(d.token());
            }
        }
        return String.join(".", tokens);
    }

    /**
     * The schedule of an execution that failed with {@code f}: for a livelock a lasso, the choices
     * before the lap and the lap's choices to repeat (in their shortest period), see {@link Replay}.
     */
    static String schedule(Execution ex, Failure f) {
        if (f == null || f.resultKind() != FailureKind.LIVELOCK || !(f.details().get("cycleStart") instanceof Integer start)
                || !(f.details().get("cycleLength") instanceof Integer len)) {
            return schedule(ex);
        }
        List<String> prefix = new ArrayList<>();
        List<String> lap = new ArrayList<>();
        for (Execution.Decision d : ex.decisions()) {
            if (d.options().size() > 1 && d.step() < start - 1 + len) {
                (d.step() < start - 1 ? prefix : lap).add(d.token());
            }
        }
        if (lap.isEmpty()) {
            return schedule(ex);
        }
        return Replay.lasso(prefix, shortestPeriod(lap));
    }

    private static List<String> shortestPeriod(List<String> lap) {
        for (int p = 1; p < lap.size(); p++) {
            if (lap.size() % p == 0) {
                boolean repeats = true;
                for (int i = p; i < lap.size() && repeats; i++) {
                    repeats = lap.get(i).equals(lap.get(i % p));
                }
                if (repeats) {
                    return lap.subList(0, p);
                }
            }
        }
        return lap;
    }

    static int preemptions(Execution ex) {
        return preemptions(ex.steps());
    }

    private static int preemptions(List<Step> steps) {
        int n = 0;
        for (Step s : steps) {
            if (s.preemption) {
                n++;
            }
        }
        return n;
    }

    /** The execution's trace if it recorded one, else the promise of one (rendered for the reported result). */
    private static List<TraceStep> traceOf(Execution ex, int shown, Failure failure) {
        List<Step> steps = ex.steps();
        if (ex.recordsTrace()) {
            return trace(steps, shown, failure, shownRaces(ex, shown));
        }
        return new PendingTrace(ex.decisions(), Math.min(shown, steps.size()));
    }

    /**
     * The first {@code shown} steps as the trace shows them, each with what it contributes to
     * {@code failure} (see {@link Culprits}); the races marked are this execution's own.
     */
    static List<TraceStep> trace(List<Step> steps, int shown, Failure failure, List<RaceDetector.Race> races) {
        List<Step> kept = steps.subList(0, Math.min(shown, steps.size()));
        Map<Integer, Set<StepMark>> marks = Culprits.of(kept, failure, races);
        List<TraceStep> out = new ArrayList<>();
        for (Step s : kept) {
            out.add(new TraceStep(s.index, s.threadName, s.action(), s.where(), s.stateAfter() == null ? Map.of() : s.stateAfter(),
                    Culprits.sorted(marks.getOrDefault(s.index, Set.of())), s.op.site() == null ? null : s.op.site().method(),
                    StepKinds.of(s.op), StepKinds.location(s.op), s.sync()));
        }
        return out;
    }

    /** The races whose both accesses are in the shown steps: what the trace shown can point at, the same in check and replay. */
    static List<RaceDetector.Race> shownRaces(Execution ex, int shown) {
        return ex.races().stream().filter(r -> r.first().step() <= shown && r.second().step() <= shown).toList();
    }

    /** The step a trace shows as where it fails: the one marked so, else the failure's own. */
    static int failingStep(List<TraceStep> trace, int fallback) {
        for (TraceStep t : trace) {
            if (t.has(StepMark.FAILS_HERE)) {
                return t.step();
            }
        }
        return fallback;
    }
}
