package tcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tcheck.reports.MutationResults;
import tcheck.results.FailureKind;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tcheck mutate}: the table, the kill rate, the results file, and bad input. */
class MutateCommandTest {
    @TempDir
    Path results;

    private static Cli bad(String... args) {
        Cli r = Cli.run(args);
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.all());
        assertFalse(r.printedStackTrace(), r.all());
        assertTrue(r.err().startsWith("tcheck: "), r.all());
        return r;
    }

    @Test
    void printsEachMutantWithWhatKilledItAndTheKillRate() throws Exception {
        Cli r = Cli.run("mutate", "race-counter", "--results", results.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.all());
        assertTrue(r.out().contains("race-counter/synchronized#1  drop-synchronized-method  synchronized removed from increment()"
                + "  SynchronizedCounter.java:17  killed (invariant)  killed"), r.all());
        assertTrue(r.out().contains("SynchronizedCounter.java:22  passed              equivalent"), r.all());
        assertTrue(r.out().contains("incrementAndGet() split into get() and set() in increment()  AtomicCounter.java:16"
                + "  killed (invariant)  killed"), r.all());
        assertTrue(r.out().contains("3 mutants of 2 fixed variants; 1 equivalent"), r.all());
        assertTrue(r.out().contains("kill rate explorer: 2 of 2 killed (100%)"), r.all());
        assertTrue(r.err().contains("... race-counter/synchronized#1 (1 of 2) explorer"), "progress on stderr: " + r.all());

        Path file = results.resolve("mutations/race-counter__synchronized.json");
        MutationResults written = new ObjectMapper().readValue(file.toFile(), MutationResults.class);
        assertEquals("race-counter/synchronized", written.id());
        assertEquals(MutationResults.Status.KILLED, written.mutants().get(0).status());
        assertEquals(FailureKind.INVARIANT, written.mutants().get(0).outcome("explorer").kind());
        assertEquals(MutationResults.Status.EQUIVALENT, written.mutants().get(1).status());
        assertTrue(Files.readString(file).contains("\"status\" : \"equivalent\""), Files.readString(file));
    }

    @Test
    void anEngineThatCannotBeGivenAMutantSaysNotRun() {
        Cli r = Cli.run("mutate", "race-counter/atomic", "--engine", "explorer,lincheck", "--results", results.toString(), "-q");
        assertEquals(ExitCodes.OK, r.exitCode(), r.all());
        assertTrue(r.out().contains("killed (invariant)  not run   killed"), r.all());
        assertTrue(r.out().contains("kill rate lincheck: no non-equivalent mutant run (Lincheck picks its checks by the"
                + " scenario's interfaces"), r.all());
        assertEquals("", r.err(), "--quiet prints no progress");
    }

    @Test
    void anOperatorFilterKeepsOnlyItsMutants() {
        Cli r = Cli.run("mutate", "pcp-condition/notify-all", "--operator", "drop-wakeup", "--results", results.toString(), "-q");
        assertEquals(ExitCodes.OK, r.exitCode(), r.all());
        assertTrue(r.out().contains("2 mutants of 1 fixed variant"), r.all());
        assertFalse(r.out().contains("notify-all-to-notify"), r.all());
    }

    @Test
    void unknownScenario() {
        Cli r = bad("mutate", "race-countr");
        assertTrue(r.err().contains("unknown scenario 'race-countr'"), r.all());
    }

    @Test
    void aBuggyVariantNamesItsFamilysFixedOnes() {
        Cli r = bad("mutate", "race-counter/unsynchronized");
        assertTrue(r.err().contains("race-counter/unsynchronized is a buggy variant: mutate plants bugs in fixed ones;"
                + " its family's fixed variants: race-counter/synchronized, race-counter/atomic"), r.all());
    }

    @Test
    void unknownEngine() {
        Cli r = bad("mutate", "race-counter", "--engine", "spin");
        assertTrue(r.err().contains("--engine: unknown engine 'spin'"), r.all());
    }

    @Test
    void unknownOperator() {
        Cli r = bad("mutate", "race-counter", "--operator", "drop-everything");
        assertTrue(r.err().contains("--operator: unknown operator 'drop-everything'; one of drop-synchronized-method,"), r.all());
    }

    @Test
    void nothingToMutate() {
        Cli r = bad("mutate");
        assertTrue(r.err().contains("ID|FAMILY|all"), r.all());
    }
}
