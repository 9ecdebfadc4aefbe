package tcheck.checker.explorer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tcheck.checker.explorer.fixtures.LocalLocks;
import tcheck.results.FailureKind;
import tcheck.results.TraceStep;
import tcheck.scenario.Catalog;
import tcheck.scenario.Scenario;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Locks, conditions, monitors and forks are called in traces by the field, array element or local
 * variable that holds them in the code under test ({@code lock}, {@code notEmpty}, {@code forks[0].lock}), never by
 * a class and a counter, and the names are the same when the schedule is replayed.
 */
class TraceNamesTest {
    private static final Pattern COUNTED = Pattern.compile("(ReentrantLock|ConditionObject|Fork|LockFork|NotifyBuffer|IfWaitBuffer|AtomicInteger|Semaphore)#\\d");

    @Test
    void objectsHeldOnlyInLocalVariablesAreCalledByTheVariable() {
        Exploration e = Fixtures.explore(LocalLocks.class, "dpor");
        assertEquals(FailureKind.DEADLOCK, e.kind(), e.message());
        List<String> actions = e.trace().stream().map(TraceStep::action).toList();
        assertTrue(actions.contains("enter synchronized(left)") && actions.contains("enter synchronized(right)"), actions.toString());
        assertTrue(e.message().contains("left") && e.message().contains("right") && !e.message().contains("Object#"), e.message());
    }

    /** A JVM lets threads share a name; the trace tells them apart by the order they were started in. */
    @Test
    void threadsThatShareANameAreToldApartInTheTrace() {
        Exploration e = RealJavaTest.explore(tcheck.checker.explorer.javafixtures.SameNamedWorkers.class);
        assertEquals(FailureKind.INVARIANT, e.kind(), e.message());
        List<String> threads = e.trace().stream().map(TraceStep::thread).distinct().toList();
        assertTrue(threads.contains("worker") && threads.contains("worker#2"), threads.toString());
        assertTrue(e.trace().stream().filter(t -> t.thread().startsWith("worker")).map(TraceStep::thread).distinct().count() == 2,
                "both workers' steps are in the lost update: " + threads);
    }

    /**
     * The JDK numbers unnamed threads across the whole JVM, so a thread written into an array before it
     * started showed as Thread-117112 (say), and as another number in the next run. Numbered as a fresh
     * JVM numbers them, by construction: the first made is Thread-0 although it starts second, and two
     * runs in one JVM give the same trace.
     */
    @Test
    void unnamedThreadsAreNumberedAsAFreshJvmNumbersThemWhenMade() {
        Exploration first = RealJavaTest.explore(tcheck.checker.explorer.javafixtures.UnnamedThreadsKeptBeforeStart.class);
        Exploration again = RealJavaTest.explore(tcheck.checker.explorer.javafixtures.UnnamedThreadsKeptBeforeStart.class);
        assertEquals(FailureKind.INVARIANT, first.kind(), first.message());
        List<String> actions = first.trace().stream().map(TraceStep::action).toList();
        assertTrue(actions.contains("write crew[0] <- Thread-0") && actions.contains("write crew[1] <- Thread-1"), actions.toString());
        assertTrue(actions.indexOf("start Thread-1") < actions.indexOf("start Thread-0"), actions.toString());
        assertEquals(first.trace(), again.trace());
        assertEquals(first.schedule(), again.schedule());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pcp-condition/if-wait     | lock lock                       | await notEmpty (releases lock)",
            "pcp-condition/lost-wakeup | enter synchronized(buffer)      | wait() on buffer (releases it)",
            "philosophers/greedy       | enter synchronized(forks[0])    | write forks[0].heldBy <- phil-0",
            "philosophers/generous     | lock forks[0].lock              | write forks[0].heldBy <- phil-0",
            "semaphore-pool/over-release | acquire permits               | inside.incrementAndGet() -> 1",
    })
    void primitivesAreCalledByTheFieldThatHoldsThem(String id, String oneAction, String anotherAction) {
        Scenario s = Catalog.get(id);
        Exploration e = Explorer.explore(new ScenarioSource(s, s.defaultBound()), ExplorerOptions.defaults());
        List<String> actions = e.trace().stream().map(TraceStep::action).toList();
        assertTrue(actions.contains(oneAction), id + ": " + actions);
        assertTrue(actions.contains(anotherAction), id + ": " + actions);
        actions.forEach(a -> assertFalse(COUNTED.matcher(a).find(), id + " names an object by its class: " + a));
        assertFalse(COUNTED.matcher(e.message()).find(), id + ": " + e.message());

        Exploration again = Explorer.explore(new ScenarioSource(s, s.defaultBound()), ExplorerOptions.defaults().withSchedule(e.schedule()));
        assertEquals(actions, again.trace().stream().map(TraceStep::action).toList(), id + ": replay names them alike");
    }
}
