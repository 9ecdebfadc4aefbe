package tcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tcheck.scenario.Catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of bad input: exit code 2, a message saying what was wrong, never a stack trace. */
class BadInputTest {
    @TempDir
    Path outDir;

    private static Cli bad(String... args) {
        Cli r = Cli.run(args);
        assertEquals(2, r.exitCode(), r.all());
        assertFalse(r.printedStackTrace(), r.all());
        assertTrue(r.err().startsWith("tcheck: "), r.all());
        return r;
    }

    @Test
    void unknownScenarioListsTheKnownIds() {
        Cli r = bad("check", "race-countr/unsynchronized");
        assertTrue(r.err().contains("unknown scenario 'race-countr/unsynchronized'"), r.all());
        for (String id : Catalog.ids()) {
            assertTrue(r.err().contains(id), r.all());
        }
    }

    @Test
    void malformedBound() {
        Cli r = bad("check", "race-counter/unsynchronized", "--bound", "2by3");
        assertTrue(r.err().contains("malformed bound '2by3'"), r.all());
    }

    @Test
    void malformedSchedule() {
        Cli r = bad("replay", "race-counter/unsynchronized", "--schedule", "0.1.x");
        assertTrue(r.err().contains("malformed schedule '0.1.x'"), r.all());
    }

    @Test
    void unknownStrategy() {
        Cli r = bad("check", "race-counter/unsynchronized", "--strategy", "bfs");
        assertTrue(r.err().contains("unknown strategy 'bfs'"), r.all());
    }

    @Test
    void unknownSubstrate() {
        System.setProperty("tcheck.substrate", "fibers");
        try {
            Cli r = bad("check", "race-counter/unsynchronized");
            assertTrue(r.err().contains("-Dtcheck.substrate must be 'threads', 'pooled' or 'virtual', not 'fibers'"), r.all());
        } finally {
            System.clearProperty("tcheck.substrate");
        }
    }

    @Test
    void virtualThreadsAskedOfAJdkWithoutThem() {
        org.junit.jupiter.api.Assumptions.assumeTrue(!tcheck.checker.explorer.runtime.Substrate.available().contains(
                tcheck.checker.explorer.runtime.Substrate.VIRTUAL), "this JDK has virtual threads");
        System.setProperty("tcheck.substrate", "virtual");
        try {
            Cli r = bad("check", "race-counter/unsynchronized");
            assertTrue(r.err().contains("-Dtcheck.substrate=virtual needs JDK 21 or later; this is JDK " + Runtime.version().feature()),
                    r.all());
        } finally {
            System.clearProperty("tcheck.substrate");
        }
    }

    @Test
    void nothingToCheck() {
        Cli r = bad("check");
        assertTrue(r.err().contains("at least one scenario"), r.all());
    }

    @Test
    void unknownOption() {
        Cli r = bad("check", "race-counter", "--bogus");
        assertTrue(r.err().contains("--bogus"), r.all());
    }

    @Test
    void nonPositiveBudget() {
        Cli r = bad("check", "race-counter", "--max-executions", "0");
        assertTrue(r.err().contains("--max-executions must be >= 1"), r.all());
    }

    @Test
    void replayNeedsASchedule() {
        Cli r = bad("replay", "race-counter/unsynchronized");
        assertTrue(r.err().contains("--schedule"), r.all());
    }

    @Test
    void replayOfAFamilyNamesItsVariants() {
        Cli r = bad("replay", "race-counter", "--schedule", "0.1.2.2");
        assertTrue(r.err().contains("replay takes one scenario id, not the family 'race-counter'"), r.all());
        assertTrue(r.err().contains("race-counter/unsynchronized, race-counter/synchronized, race-counter/atomic"), r.all());
        assertFalse(r.err().contains("unknown scenario"), r.all());
        assertFalse(r.err().contains("selects all its variants"), r.all());
    }

    /** A huge bad schedule is quoted in a few dozen characters, once, with where its first bad token starts. */
    @Test
    void hugeMalformedScheduleIsQuotedShortlyAndOnce() {
        String huge = "0.1.2." + "x".repeat(10_000);
        Cli r = bad("replay", "race-counter/unsynchronized", "--schedule", huge);
        assertTrue(r.err().contains("token 4 (character 7, 10,000 characters long) is neither a thread number nor w<number>"), r.all());
        assertTrue(r.err().contains("10,006 characters"), r.all());
        assertTrue(r.err().length() < 400, r.err().length() + " characters:\n" + r.all());
        long quoted = r.err().chars().filter(c -> c == 'x').count();
        assertTrue(quoted > 0 && quoted <= 60, quoted + " characters of it quoted\n" + r.all());
    }

    @Test
    void reportOutThatCannotBeWritten() {
        Cli r = bad("report", "--out", "/proc/nope");
        assertEquals("tcheck: --out /proc/nope: not a writable directory (cannot create /proc/nope)", r.err().lines().findFirst().orElse(""), r.all());
        assertFalse(r.err().contains("internal error"), r.all());
    }

    @Test
    void reportResultsThatDoNotExist() {
        Cli r = bad("report", "--results", "/proc/nope", "--out", outDir.toString());
        assertEquals("tcheck: --results /proc/nope: no such directory", r.err().lines().findFirst().orElse(""), r.all());
        assertFalse(Files.exists(outDir.resolve("index.html")), "checked before any work\n" + r.all());
    }

    /** The results directory is checked before the exploration: nothing is explored in vain. */
    @Test
    void checkResultsThatCannotBeWritten() {
        Cli r = bad("check", "race-counter/unsynchronized", "--results", "/proc/nope");
        assertEquals("tcheck: --results /proc/nope: not a writable directory (cannot create /proc/nope)", r.err().lines().findFirst().orElse(""), r.all());
        assertEquals("", r.out(), r.all());
    }

    @Test
    void checkResultsThatIsAFile() throws IOException {
        Path file = Files.writeString(outDir.resolve("a-file"), "");
        Cli r = bad("check", "race-counter/unsynchronized", "--results", file.toString());
        assertTrue(r.err().contains("not a writable directory (" + file + " exists and is not a directory)"), r.all());
    }

    @Test
    void runResultsThatCannotBeWritten() throws IOException {
        Path classes = UserCode.compile(outDir, "RacyCounter", UserCode.counter("RacyCounter", "private"));
        Cli r = bad("run", "--class-path", classes.toString(), "--class", "demo.RacyCounter", "--results", "/proc/nope");
        assertEquals("", r.out(), r.all());
        assertTrue(r.err().contains("--results /proc/nope: not a writable directory"), r.all());
    }

    /**
     * Writing fails after the check (here: a directory sits where the results file goes): the trace and the
     * summary are printed all the same, then the error; exit code 4.
     */
    @Test
    void whenWritingFailsAfterTheCheckTheTraceIsStillPrinted() throws IOException {
        Files.createDirectories(outDir.resolve("race-counter__unsynchronized__explorer.json").resolve("in-the-way"));
        Cli r = Cli.run("check", "race-counter/unsynchronized", "--results", outDir.toString());
        assertEquals(4, r.exitCode(), r.all());
        assertTrue(r.out().contains("write count <- 1") && r.out().contains("counterexample (invariant)"), r.all());
        assertTrue(r.err().startsWith("tcheck: cannot write the results of race-counter/unsynchronized to " + outDir), r.all());
        assertTrue(r.err().contains("race-counter__unsynchronized__explorer.json)") && !r.err().contains(".tmp"), r.all());
        assertTrue(r.err().contains("stopped after 1 of 1 scenario"), r.all());
        assertFalse(r.printedStackTrace(), r.all());
    }

    /** No execution of such a bound could finish within the step bound: said before anything runs. */
    @Test
    void boundFarTooLarge() {
        Cli r = bad("check", "all", "--bound", "99999x99999");
        assertTrue(r.err().startsWith("tcheck: --bound 99999x99999 is beyond any exhaustive search: 99,999 threads x 99,999"
                + " operations take at least 9,999,900,000 steps per execution"), r.all());
        assertTrue(r.err().contains("--strategy pct"), r.all());
        assertEquals("", r.out(), r.all());
        Cli replay = bad("replay", "race-counter/unsynchronized", "--bound", "200x2", "--schedule", "0.1");
        assertTrue(replay.err().contains("is beyond any exhaustive search"), replay.all());
        Cli capacity = bad("check", "pcp-lock", "--bound", "1x1c99999999999");
        assertTrue(capacity.err().contains("a number is too large"), capacity.all());
    }
}
