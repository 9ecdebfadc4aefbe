package tcheck.checker.bench;

import tcheck.checker.explorer.Exploration;
import tcheck.checker.explorer.Explorer;
import tcheck.checker.explorer.ExplorerOptions;
import tcheck.checker.explorer.ScenarioSource;
import tcheck.scenario.Catalog;
import tcheck.scenario.Scenario;

import java.util.List;
import java.util.Locale;

/**
 * Measures the explorer on every catalog scenario at its default bound, all in one run so the
 * numbers compare side by side on the same (shared, noisy) machine: executions explored by the
 * default search, executions per second, time to the first counterexample, and DPOR's executions
 * against a naive depth-first search of the same space (capped; a capped count is marked ">=").
 * Not a test: run it with {@code mvn -q -Pbench -pl checker -am verify -DskipTests}.
 */
public final class ExplorerBenchmark {
    private ExplorerBenchmark() {
    }

    public static void main(String[] args) {
        int naiveCap = Integer.getInteger("bench.naiveExecutions", 20_000);
        long naiveMillis = Long.getLong("bench.naiveMillis", 15_000);
        List<Scenario> scenarios = args.length == 0 ? Catalog.all() : Catalog.select(args[0]);
        System.out.printf(Locale.ROOT, "%-38s %-14s %9s %9s %10s %10s %10s %9s%n", "scenario", "verdict", "execs", "execs/s",
                "first cx", "dpor", "naive dfs", "ratio");
        System.out.println("(execs: the default auto search; dpor and naive dfs: executions until the first counterexample"
                + " for buggy variants, of the whole space for fixed ones; naive capped at " + naiveCap + " / " + naiveMillis + " ms)");
        for (Scenario s : scenarios) {
            ScenarioSource source = new ScenarioSource(s, s.defaultBound());
            Exploration auto = Explorer.explore(source, ExplorerOptions.defaults());
            Exploration dpor = Explorer.explore(source, ExplorerOptions.defaults().withStrategy("dpor"));
            Exploration naive = Explorer.explore(source, ExplorerOptions.defaults().withStrategy("dfs").withBudget(naiveCap, naiveMillis));
            double perSecond = auto.executions() * 1000.0 / Math.max(1, auto.millis());
            boolean naiveCapped = "bounded".equals(naive.verdict());
            String first = auto.firstCounterexampleMillis() < 0 ? "-" : auto.firstCounterexampleMillis() + " ms";
            System.out.printf(Locale.ROOT, "%-38s %-14s %9d %9.0f %10s %10d %10s %9s%n", s.id(),
                    auto.kind() == null ? auto.verdict() : auto.kind(),
                    auto.executions(), perSecond, first, dpor.executions(),
                    (naiveCapped ? ">=" : "") + naive.executions(),
                    String.format(Locale.ROOT, "%s%.1fx", naiveCapped ? ">=" : "", naive.executions() / (double) Math.max(1, dpor.executions())));
        }
    }
}
