package tcheck.checker.explorer;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import tcheck.checker.explorer.fixtures.OwnFields;
import tcheck.results.FailureKind;
import tcheck.results.ResultsFiles;
import tcheck.results.Verdict;
import tcheck.scenario.Catalog;
import tcheck.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The play tree: every schedule a person playing the scheduler can pick, each position from a real run.
 * It also writes the trees the report's play pages show ({@code target/results/play/}).
 */
class PlayTreeTest {
    /** Scenarios whose whole tree is small enough for a page; the report offers play pages for them. */
    static final List<String> PLAYABLE = List.of("race-counter/unsynchronized", "race-counter/synchronized",
            "deposit-withdraw/check-then-withdraw");

    @Test
    void itsEndsAreExactlyTheExecutionsNaiveSearchCounts() {
        // OwnFields: DporSelfTest counts its 19 interleavings by hand; naive DFS runs all 19
        PlayTree tree = PlayTree.build(Fixtures.source(OwnFields.class), ExplorerOptions.defaults(), 10_000);
        assertTrue(tree.complete());
        assertEquals(19, tree.ends().size());
        Set<String> schedules = new HashSet<>();
        for (PlayTree.Position end : tree.ends()) {
            assertTrue(schedules.add(end.prefix()), "each end is reached by one schedule: " + end.prefix());
            assertEquals(Verdict.PASSED, end.verdict(), end.message());
        }
    }

    @Test
    void theLostUpdateIsAnEndAndEveryEndReplaysToItsVerdict() {
        Scenario s = Catalog.get("race-counter/unsynchronized");
        ScenarioSource source = new ScenarioSource(s, s.defaultBound());
        PlayTree tree = PlayTree.build(source, ExplorerOptions.defaults(), 10_000);
        assertTrue(tree.complete(), "the 2x1 race counter's tree is small: " + tree.positions().size());
        List<PlayTree.Position> failing = tree.ends().stream().filter(p -> p.verdict() == Verdict.COUNTEREXAMPLE).toList();
        assertTrue(failing.stream().anyMatch(p -> p.kind() == FailureKind.INVARIANT), "some schedule loses an update");
        // every schedule of the unsynchronized counter races; those that keep both updates show only the race
        assertTrue(failing.stream().anyMatch(p -> p.kind() == FailureKind.DATA_RACE), "some schedule keeps both updates");
        for (PlayTree.Position end : tree.ends()) {
            Exploration replay = Explorer.explore(source, ExplorerOptions.defaults().withStrategy("replay").withSchedule(end.prefix()));
            assertEquals(replay.verdict(), end.verdict(), end.prefix() + ": " + replay.message());
            assertEquals(replay.kind(), end.kind(), end.prefix());
            assertEquals(replay.message(), end.message(), end.prefix());
        }
        for (PlayTree.Position p : tree.positions()) {
            if (p.verdict() == null) {
                assertTrue(p.options().size() >= 2, "a decision offers a choice: " + p);
            }
        }
    }

    @Test
    void aLimitLeavesTheTreeIncompleteAndSaysSo() {
        PlayTree tree = PlayTree.build(Fixtures.source(OwnFields.class), ExplorerOptions.defaults(), 5);
        assertEquals(5, tree.positions().size());
        assertFalse(tree.complete());
    }

    @Test
    void writesThePlayableTreesForTheReport() throws IOException {
        Path dir = ResultsFiles.defaultDir().resolve("play");
        Files.createDirectories(dir);
        for (String id : PLAYABLE) {
            Scenario s = Catalog.get(id);
            PlayTree tree = PlayTree.build(new ScenarioSource(s, s.defaultBound()), ExplorerOptions.defaults(), 2_000);
            assertTrue(tree.complete(), id + ": more than " + tree.positions().size() + " positions");
            Path file = dir.resolve(s.family() + "__" + s.variant() + ".json");
            new ObjectMapper().writeValue(file.toFile(), tree.toJson(id, s.title(), s.lesson(), s.defaultBound().toString()));
            assertTrue(Files.size(file) > 100);
        }
    }
}
