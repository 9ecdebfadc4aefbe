package tcheck.checker.bench;

import org.junit.jupiter.api.Test;
import tcheck.checker.bench.programs.FileSystem;
import tcheck.checker.bench.programs.Indexer;
import tcheck.checker.bench.programs.LastZero;
import tcheck.checker.bench.programs.ReadersWriters;
import tcheck.checker.explorer.ProgramSource;
import tcheck.checker.explorer.search.DepthFirstSearch;
import tcheck.checker.explorer.search.OptimalDpor;

import tcheck.checker.explorer.ScenarioSource;
import tcheck.scenario.Catalog;
import tcheck.scenario.Scenario;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DPOR on the classic DPOR benchmark programs at small sizes, against naive depth-first search of
 * every interleaving: DPOR must reach every Mazurkiewicz trace naive search reaches (so every
 * final outcome), and it should not need more executions than there are traces.
 */
class DporOptimalityTest {
    static List<ProgramSource> small() {
        return List.of(
                new BenchSource(LastZero.class, 2),
                new BenchSource(ReadersWriters.class, 2, 1),
                new BenchSource(ReadersWriters.class, 1, 2),
                new BenchSource(Indexer.class, 2, 2, 4),
                new BenchSource(FileSystem.class, 2, 1, 2));
    }

    /** Too large for naive search (tens of thousands of interleavings), not for sleep sets alone. */
    static List<ProgramSource> medium() {
        return List.of(
                new BenchSource(LastZero.class, 3),
                new BenchSource(FileSystem.class, 2, 2, 2),
                new BenchSource(Indexer.class, 3, 2, 6));
    }

    /** Fixed catalog scenarios with locks, where optimal DPOR saves the most: the same traces and final states as sleep sets alone. */
    @Test
    void optimalDporCoversLockingScenarios() {
        for (String id : List.of("philosophers/ordered", "deposit-withdraw/locked", "pcp-lock/check-under-lock", "race-counter/synchronized")) {
            Scenario s = Catalog.select(id).get(0);
            ProgramSource p = new ScenarioSource(s, s.defaultBound());
            Mazurkiewicz.Coverage sleep = Mazurkiewicz.explore(p, DepthFirstSearch.sleepSetsOnly(), 20_000);
            Mazurkiewicz.Coverage optimal = Mazurkiewicz.explore(p, new OptimalDpor(), 20_000);
            System.out.printf("%-28s sleep %5d (%d cut) %d traces | odpor %5d (%d cut) %d traces%n", id, sleep.executions(),
                    sleep.redundant(), sleep.traces().size(), optimal.executions(), optimal.redundant(), optimal.traces().size());
            assertTrue(sleep.complete() && optimal.complete(), id);
            assertEquals(sleep.outcomes(), optimal.outcomes(), id + ": optimal DPOR reaches every final state");
            assertTrue(optimal.traces().containsAll(sleep.traces()), id + ": optimal DPOR reaches every trace");
        }
    }

    @Test
    void dporCoversEveryTraceAndOutcomeOfSleepSetSearch() {
        for (ProgramSource p : medium()) {
            Mazurkiewicz.Coverage sleep = Mazurkiewicz.explore(p, DepthFirstSearch.sleepSetsOnly(), 20_000);
            Mazurkiewicz.Coverage dpor = Mazurkiewicz.explore(p, DepthFirstSearch.dpor(), 20_000);
            Mazurkiewicz.Coverage optimal = Mazurkiewicz.explore(p, new OptimalDpor(), 20_000);
            System.out.printf("%-24s sleep %5d (%d cut) %d traces | dpor %5d (%d cut) %d traces | odpor %5d (%d cut) %d traces%n",
                    p.describe(), sleep.executions(), sleep.redundant(), sleep.traces().size(), dpor.executions(), dpor.redundant(),
                    dpor.traces().size(), optimal.executions(), optimal.redundant(), optimal.traces().size());
            assertTrue(optimal.complete(), p.describe());
            assertEquals(sleep.traces(), optimal.traces(), p.describe() + ": optimal DPOR reaches every trace");
            assertTrue(sleep.complete() && dpor.complete(), p.describe());
            assertEquals(sleep.traces(), dpor.traces(), p.describe() + ": DPOR reaches every trace");
            assertEquals(sleep.outcomes(), dpor.outcomes(), p.describe() + ": DPOR reaches every final outcome");
        }
    }

    @Test
    void dporCoversEveryTraceAndOutcomeOfNaiveSearch() {
        for (ProgramSource p : small()) {
            Mazurkiewicz.Coverage naive = Mazurkiewicz.explore(p, DepthFirstSearch.naive(), 20_000);
            Mazurkiewicz.Coverage sleep = Mazurkiewicz.explore(p, DepthFirstSearch.sleepSetsOnly(), 20_000);
            Mazurkiewicz.Coverage dpor = Mazurkiewicz.explore(p, DepthFirstSearch.dpor(), 20_000);
            Mazurkiewicz.Coverage optimal = Mazurkiewicz.explore(p, new OptimalDpor(), 20_000);
            System.out.printf("%-24s naive %6d execs %4d traces %3d outcomes | sleep %5d (%d cut) | dpor %5d (%d cut) %d traces"
                            + " | odpor %5d (%d cut) %d traces%n",
                    p.describe(), naive.executions(), naive.traces().size(), naive.outcomes().size(), sleep.executions(),
                    sleep.redundant(), dpor.executions(), dpor.redundant(), dpor.traces().size(), optimal.executions(),
                    optimal.redundant(), optimal.traces().size());
            assertTrue(optimal.complete(), p.describe());
            assertEquals(naive.traces(), optimal.traces(), p.describe() + ": optimal DPOR reaches every trace");
            assertEquals(naive.outcomes(), optimal.outcomes(), p.describe() + ": optimal DPOR reaches every final outcome");
            assertTrue(naive.complete() && dpor.complete(), p.describe());
            assertEquals(naive.traces(), sleep.traces(), p.describe() + ": sleep sets alone reach every trace");
            assertEquals(naive.traces(), dpor.traces(), p.describe() + ": DPOR reaches every trace");
            assertEquals(naive.outcomes(), dpor.outcomes(), p.describe() + ": DPOR reaches every final outcome");
        }
        assertEquals(ReadersWriters.traces(2, 1), Mazurkiewicz.explore(new BenchSource(ReadersWriters.class, 2, 1),
                DepthFirstSearch.naive(), 20_000).traces().size(), "the canonical forms count what the closed form says");
    }
}
