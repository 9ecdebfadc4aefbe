package tcheck.checker.explorer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tcheck.checker.explorer.fixtures.AtomicSplitIncrement;
import tcheck.results.SyncState;
import tcheck.results.ThreadStatus;
import tcheck.results.ThreadSync;
import tcheck.results.TraceStep;
import tcheck.results.Verdict;
import tcheck.scenario.Catalog;
import tcheck.scenario.Expected;
import tcheck.scenario.Scenario;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every step of a trace carries the synchronization state after it: each started thread's status
 * (runnable, blocked on a lock, waiting in a wait set, done), the lock owners and the wait sets,
 * consistent with one another on every buggy variant, and telling the story of the wake-up bugs.
 */
class SyncStateTraceTest {

    static Stream<String> buggy() {
        return Catalog.ids().stream().filter(id -> Catalog.get(id).expected() == Expected.BUGGY);
    }

    private static Exploration explore(String id) {
        Scenario s = Catalog.get(id);
        return Explorer.explore(new ScenarioSource(s, s.defaultBound()), ExplorerOptions.defaults());
    }

    @ParameterizedTest
    @MethodSource("buggy")
    void everyStepHasAConsistentSynchronizationState(String id) {
        List<TraceStep> trace = explore(id).trace();
        assertTrue(!trace.isEmpty(), id);
        for (TraceStep s : trace) {
            SyncState sync = s.sync();
            assertNotNull(sync, id + " step " + s.step());
            assertTrue(sync.threads().containsKey(s.thread()), id + " step " + s.step() + ": the acting thread has a status");
            sync.owners().forEach((lock, owner) -> assertTrue(sync.threads().containsKey(owner)
                    && sync.threads().get(owner).status() != ThreadStatus.DONE, id + " step " + s.step() + ": " + owner + " holds " + lock));
            sync.waitSets().forEach((on, waiters) -> waiters.forEach(w -> assertEquals(new ThreadSync(ThreadStatus.WAITING, on),
                    sync.threads().get(w), id + " step " + s.step() + ": " + w + " is in the wait set of " + on)));
            sync.threads().forEach((t, st) -> {
                if (st.status() == ThreadStatus.BLOCKED) {
                    assertTrue(sync.owners().containsKey(st.on()), id + " step " + s.step() + ": " + t + " is blocked on a held lock " + st.on());
                }
            });
        }
    }

    @Test
    void ifWaitShowsTheWaitSetAndTheWokenConsumerBlockedOnTheLock() {
        List<TraceStep> trace = explore("pcp-condition/if-wait").trace();
        TraceStep await = step(trace, "await notEmpty (releases lock)");
        assertEquals(Map.of("notEmpty", List.of(await.thread())), await.sync().waitSets());
        assertEquals(new ThreadSync(ThreadStatus.WAITING, "notEmpty"), await.sync().threads().get(await.thread()));
        assertTrue(await.sync().owners().isEmpty(), "await released the lock: " + await.sync());

        TraceStep signal = trace.stream().filter(s -> s.action().startsWith("signal notEmpty -> wakes")).findFirst().orElseThrow();
        String woken = signal.action().substring(signal.action().lastIndexOf(' ') + 1);
        assertEquals(new ThreadSync(ThreadStatus.BLOCKED, "lock"), signal.sync().threads().get(woken), "signalled, it waits for the lock");
        assertEquals(signal.thread(), signal.sync().owners().get("lock"));
        assertTrue(signal.sync().waitSets().isEmpty(), signal.sync().toString());
    }

    @Test
    void theGreedyDeadlockShowsEveryForkHeldAndEveryPhilosopherBlocked() {
        List<TraceStep> trace = explore("philosophers/greedy").trace();
        SyncState last = trace.get(trace.size() - 1).sync();
        assertEquals(Map.of("forks[0]", "phil-0", "forks[1]", "phil-1", "forks[2]", "phil-2"), last.owners());
        for (int i = 0; i < 3; i++) {
            assertEquals(new ThreadSync(ThreadStatus.BLOCKED, "forks[" + (i + 1) % 3 + "]"), last.threads().get("phil-" + i));
        }
        assertEquals(List.of("main", "phil-0", "phil-1", "phil-2"), List.copyOf(last.threads().keySet()), "threads in start order");
    }

    @Test
    void anAtomicIntegerFieldShowsItsValueAtEachStepNotTheFinalOne() {
        Exploration e = Fixtures.explore(AtomicSplitIncrement.class, "dpor");
        assertEquals(Verdict.COUNTEREXAMPLE, e.verdict(), e.message());
        List<Object> counts = e.trace().stream().map(s -> s.state().get("count")).toList();
        assertEquals(0, counts.get(0), "before any add: " + counts);
        assertEquals(1, counts.get(counts.size() - 1), "a lost update: " + counts);
        assertTrue(counts.stream().allMatch(c -> c instanceof Integer), "plain values, not the AtomicInteger: " + counts);
    }

    private static TraceStep step(List<TraceStep> trace, String action) {
        return trace.stream().filter(s -> s.action().equals(action)).findFirst()
                .orElseThrow(() -> new AssertionError("no step '" + action + "' in " + trace.stream().map(TraceStep::action).toList()));
    }
}
