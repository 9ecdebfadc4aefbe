package tcheck.mutate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tcheck.checker.explorer.ExplorerOptions;
import tcheck.engines.Engines;
import tcheck.reports.MutationResults.KillRate;
import tcheck.reports.MutationResults.Mutant;
import tcheck.reports.MutationResults.Status;
import tcheck.reports.MutationResults;
import tcheck.results.Verdict;
import tcheck.scenario.Catalog;
import tcheck.scenario.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default mutation set, explorer only: every mutant's outcome (with the counterexample kind),
 * and the kill rate on the non-equivalent ones, which must not drop below 95%.
 */
class ExplorerKillsTest {
    /** Small fixed variants whose mutants cover every operator the catalog's fixed code offers but drop-volatile. */
    static final List<String> DEFAULT_SET = List.of("race-counter/synchronized", "race-counter/atomic", "deposit-withdraw/locked",
            "pcp-lock/check-under-lock", "pcp-condition/two-conditions", "pcp-condition/notify-all", "philosophers/ordered",
            "simple-queue/locked", "lock-order/global-order");

    private static final List<MutationResults> RESULTS = new ArrayList<>();

    @BeforeAll
    static void runTheDefaultSet() {
        MutationRunner runner = new MutationRunner(List.of(Engines.get("explorer")), MutationRunner.options(ExplorerOptions.defaults()), null);
        MutantGenerator generator = new MutantGenerator();
        for (String id : DEFAULT_SET) {
            Scenario s = Catalog.get(id);
            RESULTS.add(runner.run(s, s.defaultBound(), generator.mutants(s)));
        }
    }

    @Test
    void eachMutantEndsAsKnown() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("race-counter/synchronized drop-synchronized-method SynchronizedCounter.java:17", "killed (invariant)");
        // get() runs after the joins: without its monitor it still sees every increment
        expected.put("race-counter/synchronized drop-synchronized-method SynchronizedCounter.java:22", "equivalent");
        expected.put("race-counter/atomic split-atomic-update AtomicCounter.java:16", "killed (invariant)");
        expected.put("deposit-withdraw/locked drop-lock-pair LockedAccount.java:25", "killed (invariant)");
        expected.put("deposit-withdraw/locked drop-lock-pair LockedAccount.java:35", "killed (invariant)");
        expected.put("deposit-withdraw/locked drop-lock-pair LockedAccount.java:49", "equivalent"); // balance() read after the joins
        expected.put("deposit-withdraw/locked unlock-before-write LockedAccount.java:29", "killed (invariant)");
        expected.put("deposit-withdraw/locked unlock-before-write LockedAccount.java:43", "killed (invariant)");
        expected.put("pcp-lock/check-under-lock drop-lock-pair CheckUnderLockQueue.java:19", "killed (data-race)");
        expected.put("pcp-lock/check-under-lock drop-lock-pair CheckUnderLockQueue.java:29", "killed (exception)");
        expected.put("pcp-lock/check-under-lock unlock-before-write CheckUnderLockQueue.java:23", "killed (data-race)");
        expected.put("pcp-lock/check-under-lock unlock-before-write CheckUnderLockQueue.java:36", "killed (exception)");
        expected.put("pcp-condition/two-conditions drop-lock-pair TwoConditionBuffer.java:32", "killed (exception)");
        expected.put("pcp-condition/two-conditions drop-lock-pair TwoConditionBuffer.java:46", "killed (exception)");
        expected.put("pcp-condition/two-conditions drop-wakeup TwoConditionBuffer.java:38", "killed (deadlock)");
        expected.put("pcp-condition/two-conditions drop-wakeup TwoConditionBuffer.java:52", "killed (deadlock)");
        expected.put("pcp-condition/notify-all drop-synchronized-method NotifyAllBuffer.java:24", "killed (exception)");
        expected.put("pcp-condition/notify-all drop-synchronized-method NotifyAllBuffer.java:33", "killed (exception)");
        // one side keeps notifyAll(): at 2 producers x 2 consumers x capacity 1 the wake-up always reaches a thread that can go on
        expected.put("pcp-condition/notify-all notify-all-to-notify NotifyAllBuffer.java:28", "equivalent");
        expected.put("pcp-condition/notify-all notify-all-to-notify NotifyAllBuffer.java:37", "equivalent");
        expected.put("pcp-condition/notify-all drop-wakeup NotifyAllBuffer.java:28", "killed (deadlock)");
        expected.put("pcp-condition/notify-all drop-wakeup NotifyAllBuffer.java:37", "killed (deadlock)");
        expected.put("philosophers/ordered drop-synchronized-block OrderedPhilosopher.java:33", "killed (invariant)");
        expected.put("philosophers/ordered drop-synchronized-block OrderedPhilosopher.java:35", "killed (invariant)");
        // the monitors swap, the bookkeeping inside them does not: a fork is recorded as taken by a thread not holding it
        expected.put("philosophers/ordered swap-lock-order OrderedPhilosopher.java:33", "killed (invariant)");
        expected.put("simple-queue/locked drop-lock-pair LockedSimpleQueue.java:36", "killed (invariant)");
        expected.put("simple-queue/locked drop-lock-pair LockedSimpleQueue.java:51", "killed (invariant)");
        expected.put("simple-queue/locked unlock-before-write LockedSimpleQueue.java:42", "killed (invariant)");
        expected.put("simple-queue/locked unlock-before-write LockedSimpleQueue.java:58", "killed (invariant)");
        // both transfers lock the same two accounts: either lock alone excludes the other transfer, and either order is global
        expected.put("lock-order/global-order drop-lock-pair GlobalOrderTransfer.java:21", "equivalent");
        expected.put("lock-order/global-order drop-lock-pair GlobalOrderTransfer.java:23", "equivalent");
        expected.put("lock-order/global-order swap-lock-order GlobalOrderTransfer.java:21", "equivalent");

        Map<String, String> actual = new LinkedHashMap<>();
        for (MutationResults r : RESULTS) {
            for (Mutant m : r.mutants()) {
                String cell = m.status() == Status.EQUIVALENT ? "equivalent" : tcheck.reports.MutationResults.cell(m.outcome("explorer"));
                actual.put(r.id() + " " + m.operator() + " " + m.where(), cell);
            }
        }
        assertEquals(expected, actual);
    }

    @Test
    void theExplorerKillsAtLeast95PercentOfTheNonEquivalentMutants() {
        KillRate explorer = MutationResults.killRates(RESULTS).get(0);
        assertEquals("explorer", explorer.engine());
        assertTrue(explorer.ran() >= 20, "too few non-equivalent mutants to measure: " + explorer.describe());
        assertTrue(explorer.rate() >= 0.95, "explorer: " + explorer.describe());
    }

    @Test
    void everyKillReplaysToTheSameKindOfFailure() {
        MutantGenerator generator = new MutantGenerator();
        int replayed = 0;
        for (MutationResults r : RESULTS) {
            Scenario s = Catalog.get(r.id());
            Map<String, tcheck.mutate.Mutant> byId = new LinkedHashMap<>();
            generator.mutants(s).forEach(m -> byId.put(m.id(), m));
            for (Mutant m : r.mutants()) {
                MutationResults.Outcome o = m.outcome("explorer");
                if (o.status() != MutationResults.EngineStatus.KILLED || o.schedule() == null) {
                    continue;
                }
                tcheck.checker.explorer.Exploration again = tcheck.checker.explorer.Explorer.explore(
                        new MutantSource(byId.get(m.id()), s.defaultBound()), ExplorerOptions.defaults().withSchedule(o.schedule()));
                assertEquals(Verdict.COUNTEREXAMPLE, again.verdict(), m.id() + " replayed with " + o.schedule() + ": " + again.message());
                assertEquals(o.kind(), again.kind(), m.id() + " replayed with " + o.schedule());
                replayed++;
            }
        }
        assertTrue(replayed >= 20, "replayed only " + replayed + " kills");
    }

    @Test
    void anEquivalentMutantWasProvenByACompleteSearch() {
        for (MutationResults r : RESULTS) {
            for (Mutant m : r.mutants()) {
                if (m.status() == Status.EQUIVALENT) {
                    MutationResults.Outcome o = m.outcome("explorer");
                    assertEquals(Verdict.VERIFIED, o.verdict(), m.id());
                    assertEquals(Boolean.TRUE, o.complete(), m.id());
                }
            }
        }
    }
}
