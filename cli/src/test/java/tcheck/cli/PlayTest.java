package tcheck.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tcheck play}: the person at the keyboard is the scheduler; choices come on standard input. */
class PlayTest {
    private static final String RACE = "race-counter/unsynchronized";

    private static Cli play(String input, String... args) {
        return playScenario(RACE, input, args);
    }

    private static Cli playScenario(String id, String input, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            String[] all = new String[args.length + 2];
            all[0] = "play";
            all[1] = id;
            System.arraycopy(args, 0, all, 2, args.length);
            return Cli.run(all);
        } finally {
            System.setIn(before);
        }
    }

    private static String replaySchedule(Cli c) {
        Matcher m = Pattern.compile("replay with: \\./tcheck replay " + Pattern.quote(RACE) + " --schedule (\\S+)").matcher(c.out());
        assertTrue(m.find(), c.all());
        return m.group(1);
    }

    @Test
    void playingBothReadsBeforeEitherWriteLosesAnUpdateAndTheReplayShowsTheSameRun() {
        // T1 reads, main starts T2, T2 reads, T1 writes, T2 writes: the lost update
        Cli c = play("2\n1\n2\n1\n2\n");
        assertEquals(ExitCodes.FOUND, c.exitCode(), c.all());
        assertTrue(c.out().contains("The program failed (invariant): final count 1, expected 2"), c.all());
        String schedule = replaySchedule(c);
        Cli replay = Cli.run("replay", RACE, "--schedule", schedule);
        assertEquals(ExitCodes.FOUND, replay.exitCode(), replay.all());
        assertTrue(replay.out().contains("final count 1, expected 2"), replay.all());
        assertFalse(c.printedStackTrace(), c.all());
    }

    @Test
    void aSerialRunOfTheUnsynchronizedCounterKeepsBothUpdatesButStillRaces() {
        // T1 reads and writes before T2 starts: the count is right, the accesses are still unordered
        Cli c = play("2\n2\n" + "1\n".repeat(20));
        assertEquals(ExitCodes.FOUND, c.exitCode(), c.all());
        assertTrue(c.out().contains("The program's result was right this time, but the run has a data race on count"), c.all());
        assertTrue(c.out().contains("count=2"), c.all());
    }

    @Test
    void theSynchronizedCounterEndsWithoutFailingWhateverIsChosen() {
        Cli c = playScenario("race-counter/synchronized", "2\n".repeat(30));
        assertEquals(ExitCodes.OK, c.exitCode(), c.all());
        assertTrue(c.out().contains("The program ended without failing"), c.all());
        assertTrue(c.out().contains("this run again: ./tcheck replay race-counter/synchronized --schedule "), c.all());
    }

    @Test
    void aWrongAnswerIsExplainedAndAskedAgainAndUndoTakesBackAChoice() {
        Cli c = play("9\nbanana\n2\nu\n2\n1\n2\n1\n2\n");
        assertEquals(ExitCodes.FOUND, c.exitCode(), c.all());
        assertTrue(c.out().contains("'9' is not one of the choices: type a number from 1 to 2 or one of main, T1"), c.all());
        assertTrue(c.out().contains("'banana' is not one of the choices"), c.all());
        assertEquals("1.0.2.1.2", replaySchedule(c), "the undone choice is not part of the schedule");
    }

    @Test
    void aNotifyWithTwoWaitersAsksWhichOneWakesAndRecordsTheWaiter() {
        // both consumers wait, P1 puts an item and notifies: the player picks C2 (thread 4)
        Cli c = playScenario("pcp-condition/lost-wakeup", "2\nq\n", "--schedule", "0.0.0.3.4.1");
        assertTrue(c.out().contains("Step 14: P1 notify() on buffer wakes one of the waiting threads. Which one?"), c.all());
        assertTrue(c.out().contains("  14  P1       notify() on buffer -> wakes C2"), c.all());
        assertFalse(c.out().contains("-> wakes C1"), "the default waiter's words are never shown: " + c.all());
        assertTrue(c.out().contains("--schedule 0.0.0.3.4.1.w4"), c.all());
    }

    @Test
    void exportWritesTheTreeAndTheReportRendersAPlayPageFromIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws java.io.IOException {
        java.nio.file.Path results = tmp.resolve("results");
        java.nio.file.Files.createDirectories(results);
        Cli export = Cli.run("play", RACE, "--export", "--results", results.toString());
        assertEquals(ExitCodes.OK, export.exitCode(), export.all());
        assertTrue(export.out().contains(RACE + ": 37 positions, 19 ends (every schedule)"), export.all());
        java.nio.file.Path tree = results.resolve("play/race-counter__unsynchronized.json");
        assertTrue(java.nio.file.Files.readString(tree).contains("\"complete\":true"), "the whole tree");
        Cli cut = Cli.run("play", RACE, "--export", "--positions", "5", "--results", results.toString());
        assertTrue(cut.out().contains("5 positions, 0 ends (not every schedule"), cut.all());
        Cli.run("play", RACE, "--export", "--results", results.toString());
        Cli report = Cli.run("report", "--results", results.toString(), "--out", tmp.resolve("report").toString());
        assertEquals(ExitCodes.OK, report.exitCode(), report.all());
        String page = java.nio.file.Files.readString(tmp.resolve("report/play/race-counter_unsynchronized.html"));
        assertTrue(page.contains("You are the scheduler: race-counter/unsynchronized"), page.substring(0, 300));
        assertTrue(java.nio.file.Files.readString(tmp.resolve("report/index.html")).contains("play/race-counter_unsynchronized.html"));
    }

    @Test
    void threadsCanBeChosenByName() {
        Cli c = play("T1\nmain\nT2\nT1\nT2\n");
        assertEquals(ExitCodes.FOUND, c.exitCode(), c.all());
        assertEquals("1.0.2.1.2", replaySchedule(c));
    }

    @Test
    void quittingOrEndOfInputStopsWithTheChoicesSoFar() {
        Cli quit = play("2\nq\n");
        assertEquals(ExitCodes.OK, quit.exitCode(), quit.all());
        assertTrue(quit.out().contains("continue with: ./tcheck play " + RACE + " --schedule 1"), quit.all());
        Cli eof = play("");
        assertEquals(ExitCodes.OK, eof.exitCode(), eof.all());
        assertTrue(eof.out().contains("Stopped. Your choices so far: (none)"), eof.all());
    }

    @Test
    void aStartingScheduleThatDoesNotFitIsBadInput() {
        Cli c = play("", "--schedule", "w3");
        assertEquals(ExitCodes.BAD_INPUT, c.exitCode(), c.all());
        assertTrue(c.err().contains("--schedule does not fit " + RACE), c.all());
        assertFalse(c.printedStackTrace(), c.all());
        Cli resumed = play("2\n1\n2\n", "--schedule", "1.0");
        assertEquals(ExitCodes.FOUND, resumed.exitCode(), resumed.all());
        assertEquals("1.0.2.1.2", replaySchedule(resumed));
    }
}
