package tcheck.checker.explorer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tcheck.results.FailureKind;
import tcheck.results.Result;
import tcheck.results.ResultsFiles;
import tcheck.results.Verdict;
import tcheck.scenario.Catalog;
import tcheck.scenario.Expected;
import tcheck.scenario.Scenario;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The explorer's verdict on every catalog scenario at its default bound: each buggy variant comes
 * back with a counterexample of the kind it teaches, and replaying its schedule gives the identical
 * trace; each fixed variant is verified by a complete search with no data race. Writes every result
 * to {@code target/results} for the reports.
 */
class ScenarioVerdictsTest {
    private static final Map<String, Exploration> EXPLORED = new ConcurrentHashMap<>();

    static Stream<String> ids() {
        return Catalog.ids().stream();
    }

    @BeforeAll
    static void clearCache() {
        EXPLORED.clear();
    }

    static Exploration explored(String id) {
        return EXPLORED.computeIfAbsent(id, k -> {
            Scenario s = Catalog.get(k);
            Exploration e = Explorer.explore(new ScenarioSource(s, s.defaultBound()), ExplorerOptions.defaults());
            Result r = ExplorerResults.toResult(s, s.defaultBound(), e);
            ResultsFiles.write(r);
            return e;
        });
    }

    @ParameterizedTest
    @MethodSource("ids")
    void verdictMatchesTheVariant(String id) {
        Scenario s = Catalog.get(id);
        Exploration e = explored(id);
        if (s.expected() == Expected.BUGGY) {
            assertEquals(Verdict.COUNTEREXAMPLE, e.verdict(), id + ": " + e.message());
            assertEquals(FailureKind.of(s.expectedKind()), e.kind(), id + ": " + e.message());
            assertFalse(e.trace().isEmpty(), id + " has a trace");
            assertNotNull(e.schedule(), id + " has a schedule");
        } else {
            assertEquals(Verdict.VERIFIED, e.verdict(), id + ": " + e.message());
            assertTrue(e.complete(), id + " searched completely");
            assertTrue(e.races().isEmpty(), id + " has no data race: " + e.races());
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void replayGivesTheIdenticalTrace(String id) {
        Scenario s = Catalog.get(id);
        if (s.expected() != Expected.BUGGY) {
            return;
        }
        Exploration e = explored(id);
        Exploration again = Explorer.explore(new ScenarioSource(s, s.defaultBound()), ExplorerOptions.defaults().withSchedule(e.schedule()));
        assertEquals(e.kind(), again.kind(), id + " replays to the same failure: " + again.message());
        assertEquals(e.message(), again.message());
        assertEquals(e.trace(), again.trace(), id + ": same steps, same values, same states");
        assertEquals(e.preemptions(), again.preemptions());
    }

    @Test
    void raceCounterLosesAnUpdateWithOnePreemptionAndRacesOnCount() {
        Exploration e = explored("race-counter/unsynchronized");
        assertEquals(1, e.preemptions(), "the fewest preemptions for a lost update is one");
        assertTrue(e.message().contains("final count 1, expected 2"), e.message());
        assertTrue(e.races().stream().anyMatch(r -> r.location().contains("count")), "data race on the counter: " + e.races());
    }

    @Test
    void depositWithdrawLosesAnUpdateAndRaces() {
        Exploration e = explored("deposit-withdraw/unsynchronized");
        assertTrue(e.message().contains("lost update"), e.message());
        assertTrue(e.races().stream().anyMatch(r -> r.location().contains("balance")), "data race on balance: " + e.races());
    }

    @Test
    void checkThenWithdrawOverdraws() {
        Exploration e = explored("deposit-withdraw/check-then-withdraw");
        assertTrue(e.message().contains("overdraft"), e.message());
    }

    @Test
    void pollingConsumerHitsAnEmptyQueue() {
        Exploration e = explored("pcp-lock/check-outside-lock");
        assertTrue(e.message().startsWith("NoSuchElementException"), e.message());
    }

    @Test
    void ifInsteadOfWhileTakesFromAnEmptyBuffer() {
        Exploration e = explored("pcp-condition/if-wait");
        assertTrue(e.message().startsWith("NoSuchElementException"), e.message());
    }

    @Test
    void notifyLosesTheWakeUpAndEveryoneWaits() {
        Exploration e = explored("pcp-condition/lost-wakeup");
        assertTrue(e.message().contains("never notified"), e.message());
        assertEquals(List.of(), e.details().get("cycle"), "a lost wake-up has no lock cycle");
        assertTrue(e.trace().stream().anyMatch(t -> t.action().startsWith("notify()") && t.action().contains("wakes")),
                "the trace shows which thread notify() woke");
    }

    @Test
    void greedyPhilosophersDeadlockInACycleOfForks() {
        Exploration e = explored("philosophers/greedy");
        @SuppressWarnings("unchecked")
        List<String> cycle = (List<String>) e.details().get("cycle");
        assertEquals(cycle.get(0), cycle.get(cycle.size() - 1), "a closed cycle: " + cycle);
        assertEquals(Catalog.get("philosophers/greedy").defaultBound().threads() + 1, cycle.size(), "every philosopher is in it");
        assertTrue(e.message().contains("holds") && e.message().contains("waits for"), e.message());
    }

    @Test
    void generousPhilosophersLivelockWithoutDeadlock() {
        Exploration e = explored("philosophers/generous");
        assertTrue((Integer) e.details().get("cycleLength") > 0, "the cycle is reported: " + e.details());
        assertTrue((Integer) e.details().get("repetitions") >= 2, "and repeats");
        assertFalse(e.details().containsKey("alsoFound"), "no other violation (no deadlock) on the way: " + e.details());
    }

    @Test
    void inPlaceUpdateTearsARead() {
        Exploration e = explored("event-readers/in-place");
        assertEquals(FailureKind.TORN_READ, e.kind(), e.message());
    }
}
