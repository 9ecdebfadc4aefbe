package tcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tcheck.results.Result;
import tcheck.results.ResultsFiles;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplayTest {
    @Test
    void replayingTheFoundScheduleGivesTheSameTraceEveryTime(@TempDir Path results) throws IOException {
        assertEquals(0, Cli.run("check", "race-counter/unsynchronized", "-q", "--results", results.toString()).exitCode());
        String schedule = ResultsFiles.read(results.resolve("race-counter__unsynchronized__explorer.json")).schedule();

        Cli first = Cli.run("replay", "race-counter/unsynchronized", "--schedule", schedule);
        Cli second = Cli.run("replay", "race-counter/unsynchronized", "--schedule", schedule);
        assertEquals(1, first.exitCode(), "the schedule shows the violation\n" + first.all());
        assertTrue(first.out().contains("write count <- 1"), first.all());
        assertEquals(first.out(), second.out());
        assertEquals(first.exitCode(), second.exitCode());
    }

    @Test
    void aScheduleWithoutTheLostUpdateStillShowsTheDataRace() {
        // An empty schedule takes the default at every choice (keep running the current thread): T1 finishes its
        // increment before T2 reads, so no update is lost, but the two accesses are still unordered.
        Cli r = Cli.run("replay", "race-counter/unsynchronized", "--schedule", "");
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.out().contains("write count <- 2"), r.all());
        assertTrue(r.out().contains("DATA-RACE"), r.all());
    }

    @Test
    void aScheduleThatDoesNotFitIsAnError() {
        Cli r = Cli.run("replay", "race-counter/unsynchronized", "--schedule", "7.7.7");
        assertEquals(4, r.exitCode(), r.all());
        assertTrue(r.out().toLowerCase().contains("thread 7"), r.all());
    }

    @Test
    void aLongerScheduleSaysItsTailWasIgnored() {
        Cli r = Cli.run("replay", "race-counter/unsynchronized", "--schedule", "0.1.2.2.1.1.1.1.1");
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.out().contains("the run made 4 choices, the first 4 of the 9 given; the last 5 were ignored"), r.all());
    }

    @Test
    void aShorterScheduleSaysTheDefaultPolicyMadeTheRest() {
        Cli r = Cli.run("replay", "race-counter/unsynchronized", "--schedule", "1");
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.out().contains("schedule: 1 choice given, the run made 3; the default policy"), r.all());
        assertTrue(r.out().contains("made the other 2"), r.all());
    }

    @Test
    void anExactScheduleSaysNothingAboutItsLength() {
        Cli r = Cli.run("replay", "race-counter/unsynchronized", "--schedule", "0.1.2.2");
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(!r.out().contains("schedule:"), r.all());
    }

    @Test
    void aLivelocksLassoScheduleReplaysItsLapForEver(@TempDir Path results) {
        Cli check = Cli.run("check", "philosophers/generous", "--results", results.toString());
        String schedule = check.out().replaceAll("(?s).*--schedule '([^']+)'.*", "$1");
        assertTrue(schedule.endsWith(")*"), "a lasso: " + check.all());
        Cli replay = Cli.run("replay", "philosophers/generous", "--schedule", schedule);
        assertEquals(1, replay.exitCode(), replay.all());
        assertTrue(replay.out().contains("LIVELOCK") && replay.out().contains("back to step"), replay.all());
    }

    @Test
    void aLapNotAtTheEndIsBadInput() {
        Cli r = Cli.run("replay", "philosophers/generous", "--schedule", "1.(2.3)*.1");
        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.err().contains("a lap is written once, at the end"), r.all());
        assertTrue(!r.printedStackTrace(), r.all());
    }
}
