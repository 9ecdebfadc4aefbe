package tcheck.mutate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tcheck.checker.explorer.ExplorerOptions;
import tcheck.engines.Engine;
import tcheck.engines.Engines;
import tcheck.reports.MutationResults.EngineStatus;
import tcheck.reports.MutationResults.Outcome;
import tcheck.reports.MutationResults;
import tcheck.results.FailureKind;
import tcheck.scenario.Catalog;
import tcheck.scenario.Scenario;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Each engine that is given mutants really runs the mutant, not the original: a mutant that fails the
 * same way on every schedule (signal() without the lock: IllegalMonitorStateException) must be killed,
 * while the original passes. Engines that cannot be given one say so.
 */
class EngineFeedTest {
    private static final Scenario TWO_CONDITIONS = Catalog.get("pcp-condition/two-conditions");

    private static Mutant lockDroppedInPut() {
        return new MutantGenerator().mutants(TWO_CONDITIONS).stream()
                .filter(m -> m.operator().name().equals("drop-lock-pair") && m.site().change().contains("put(int)"))
                .findFirst().orElseThrow();
    }

    private static Outcome run(Engine e, Mutant m) {
        MutationRunner runner = new MutationRunner(List.of(e), MutationRunner.options(ExplorerOptions.defaults()), null);
        MutationResults r = runner.run(TWO_CONDITIONS, TWO_CONDITIONS.defaultBound(), List.of(m));
        return r.mutants().get(0).outcome(e.name());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"explorer", "linearizability", "real-threads", "jpf", "fray"})
    void killsAMutantThatFailsOnEverySchedule(String name) {
        Engine e = Engines.get(name);
        assumeTrue(e.unavailable() == null, () -> name + " is not available here: " + e.unavailable());
        Outcome o = run(e, lockDroppedInPut());
        assertEquals(EngineStatus.KILLED, o.status(), name + ": " + o.message());
        assertTrue(o.message().contains("IllegalMonitorStateException") || o.kind() == FailureKind.EXCEPTION
                || o.kind() == FailureKind.NON_LINEARIZABLE, name + ": " + o.kind() + ": " + o.message());
    }

    /** jcstress grades what the fix forbids; the hardware showing it on a mutant is a kill. */
    @org.junit.jupiter.api.Test
    void jcstressSeesTheLostUpdateOfAnUnsynchronizedIncrement() {
        Engine e = Engines.get("jcstress");
        assumeTrue(e.unavailable() == null, () -> "jcstress is not available here: " + e.unavailable());
        Scenario counter = Catalog.get("race-counter/synchronized");
        Mutant m = new MutantGenerator().mutants(counter).stream()
                .filter(x -> x.site().change().equals("synchronized removed from increment()")).findFirst().orElseThrow();
        MutationRunner runner = new MutationRunner(List.of(e), MutationRunner.options(ExplorerOptions.defaults()), null);
        Outcome o = runner.run(counter, counter.defaultBound(), List.of(m)).mutants().get(0).outcome("jcstress");
        assertEquals(EngineStatus.KILLED, o.status(), o.message());
        assertTrue(o.message().startsWith("forbidden outcome observed on real hardware: lost update"), o.message());
    }

    @org.junit.jupiter.api.Test
    void lincheckWouldCheckTheMutantOtherwiseAndSaysNotRun() {
        Outcome o = run(Engines.get("lincheck"), lockDroppedInPut());
        assertEquals(EngineStatus.NOT_RUN, o.status());
        assertTrue(o.message().contains("not run rather than compared unevenly"), o.message());
    }
}
