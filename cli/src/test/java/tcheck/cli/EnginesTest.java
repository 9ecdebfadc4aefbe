package tcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tcheck.results.FailureKind;
import tcheck.results.Result;
import tcheck.results.ResultsFiles;
import tcheck.results.Verdict;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code check --engine}: engines by name, one line each, their options checked, an absent engine said so. */
class EnginesTest {
    @TempDir
    Path results;

    @Test
    void explorerAndItsLinearizabilityCheckOneLineEach() throws Exception {
        Cli r = Cli.run("check", "race-counter/unsynchronized", "--engine", "explorer,linearizability", "-q",
                "--results", results.toString());
        assertEquals(0, r.exitCode(), r.all());
        String out = r.out();
        assertTrue(out.lines().anyMatch(l -> l.contains("race-counter/unsynchronized") && l.contains(" explorer ")
                && l.contains("counterexample")), r.all());
        assertTrue(out.lines().anyMatch(l -> l.contains(" linearizability ") && l.contains("counterexample")), r.all());
        Result lin = ResultsFiles.read(results.resolve("race-counter__unsynchronized__linearizability.json"));
        assertEquals("linearizability", lin.engine());
        assertEquals(Verdict.COUNTEREXAMPLE, lin.verdict());
        assertTrue(Files.exists(results.resolve("race-counter__unsynchronized__explorer.json")));
    }

    @Test
    void lincheckAfterTheExplorerInOneCommandRunsInAJvmOfItsOwn() throws Exception {
        // the explorer rewrites java.util.concurrent in this JVM; Lincheck's agent beside it overflowed the stack
        Cli r = Cli.run("check", "race-counter/unsynchronized", "--engine", "explorer,lincheck", "--results", results.toString());
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.err().contains("lincheck race-counter/unsynchronized: in a JVM of its own"), r.all());
        Result model = ResultsFiles.read(results.resolve("race-counter__unsynchronized__lincheck-model.json"));
        assertEquals(Verdict.COUNTEREXAMPLE, model.verdict(), model.message());
        assertEquals(FailureKind.NON_LINEARIZABLE, model.kind());
        assertTrue(Files.exists(results.resolve("race-counter__unsynchronized__lincheck-stress.json")));
        assertFalse(r.printedStackTrace(), r.all());
    }

    @Test
    void aWholeProgramHasNothingForTheLinearizabilityCheck() {
        Cli r = Cli.run("check", "philosophers/greedy", "--engine", "linearizability", "--engine", "explorer", "-q",
                "--results", results.toString());
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.out().contains("not applicable"), r.all());
        assertFalse(Files.exists(results.resolve("philosophers__greedy__linearizability.json")));
    }

    @Test
    void anEngineThisMachineCannotRunSaysWhyAndIsNoFailure() throws Exception {
        String before = System.getProperty("tcheck.jpf.home");
        System.setProperty("tcheck.jpf.home", results.resolve("no-jpf-here").toString());
        try {
            Cli r = Cli.run("check", "race-counter/atomic", "--engine", "jpf", "--results", results.toString());
            assertEquals(0, r.exitCode(), r.all());
            assertTrue(r.out().contains("not available"), r.all());
            assertTrue(r.err().contains("jpf: not available: JPF_HOME=") && r.err().contains("no build/jpf.jar"), r.all());
            Result jpf = ResultsFiles.read(results.resolve("race-counter__atomic__jpf.json"));
            assertEquals(Verdict.NOT_AVAILABLE, jpf.verdict());
            assertTrue(jpf.message().startsWith("not available: "), jpf.message());
        } finally {
            if (before == null) {
                System.clearProperty("tcheck.jpf.home");
            } else {
                System.setProperty("tcheck.jpf.home", before);
            }
        }
    }

    @Test
    void unknownEnginesAndOptionsAreBadInput() {
        Cli r = Cli.run("check", "race-counter", "--engine", "spin");
        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.err().contains("unknown engine 'spin'") && r.err().contains("jpf"), r.all());
        assertFalse(r.printedStackTrace(), r.all());

        Cli opt = Cli.run("check", "race-counter", "--engine", "jpf", "--engine-option", "jpf.depth=3");
        assertEquals(2, opt.exitCode(), opt.all());
        assertTrue(opt.err().contains("engine jpf has no option 'depth'") && opt.err().contains("max-seconds"), opt.all());

        Cli notSelected = Cli.run("check", "race-counter", "--engine-option", "jpf.max-seconds=5");
        assertEquals(2, notSelected.exitCode(), notSelected.all());
        assertTrue(notSelected.err().contains("is not selected"), notSelected.all());

        Cli badValue = Cli.run("check", "race-counter/atomic", "--engine", "real-threads", "--engine-option", "real-threads.runs=many",
                "--results", results.toString());
        assertEquals(2, badValue.exitCode(), badValue.all());
        assertTrue(badValue.err().contains("real-threads.runs must be a number"), badValue.all());
        assertFalse(badValue.printedStackTrace(), badValue.all());
    }

    @Test
    void listSaysWhichEnginesRunHere() {
        Cli r = Cli.run("list", "--engines");
        assertEquals(0, r.exitCode(), r.all());
        for (String e : new String[]{"explorer", "linearizability", "lincheck", "jcstress", "real-threads", "jpf"}) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(e + " ")), e + " missing:\n" + r.all());
        }
        assertTrue(r.out().contains("--engine-option jpf.max-seconds="), r.all());
    }
}
