package tcheck.reports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tcheck.results.FailureKind;
import tcheck.results.Result;
import tcheck.results.ResultsFiles;
import tcheck.results.SyncState;
import tcheck.results.ThreadStatus;
import tcheck.results.ThreadSync;
import tcheck.results.TraceStep;
import tcheck.results.Verdict;
import tcheck.results.text.TextTrace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lock owners, wait sets and thread statuses beside the shared state: compactly in the terminal, as lanes and columns on the page. */
class SyncStateColumnsTest {
    @TempDir
    Path tmp;

    private static Map<String, ThreadSync> threads(Object... nameStatusOn) {
        Map<String, ThreadSync> m = new LinkedHashMap<>();
        for (int i = 0; i < nameStatusOn.length; i += 3) {
            m.put((String) nameStatusOn[i], new ThreadSync((ThreadStatus) nameStatusOn[i + 1], (String) nameStatusOn[i + 2]));
        }
        return m;
    }

    /** C1 waits on an empty buffer, P1 takes the lock and signals: C1 then waits for the lock, not the condition. */
    static Result wakeUp() {
        ThreadStatus run = ThreadStatus.RUNNABLE;
        return Result.builder("pcp-condition", "if-wait", "buggy", "explorer").verdict(Verdict.COUNTEREXAMPLE).kind(FailureKind.EXCEPTION)
                .message("NoSuchElementException in C1").schedule("0.1.0").preemptions(0)
                .trace(List.of(
                        new TraceStep(1, "C1", "await notEmpty (releases lock)", "IfWaitBuffer.java:60", Map.of("items", List.of()),
                                new SyncState(threads("main", run, null, "P1", run, null, "C1", ThreadStatus.WAITING, "notEmpty"),
                                        Map.of(), Map.of("notEmpty", List.of("C1")))),
                        new TraceStep(2, "P1", "lock lock", "IfWaitBuffer.java:43", Map.of("items", List.of()),
                                new SyncState(threads("main", run, null, "P1", run, null, "C1", ThreadStatus.WAITING, "notEmpty"),
                                        Map.of("lock", "P1"), Map.of("notEmpty", List.of("C1")))),
                        new TraceStep(3, "P1", "signal notEmpty -> wakes C1", "IfWaitBuffer.java:49", Map.of("items", List.of(1)),
                                new SyncState(threads("main", run, null, "P1", run, null, "C1", ThreadStatus.BLOCKED, "lock"),
                                        Map.of("lock", "P1"), Map.of()))))
                .build();
    }

    @Test
    void theTerminalSaysWhoHoldsWhoWaitsAndWhoIsBlockedInOneColumn() {
        List<String> lines = TextTrace.render(wakeUp()).lines().toList();
        assertTrue(lines.get(1).endsWith("items  locks and waits"), lines.get(1));
        assertTrue(lines.get(2).endsWith("notEmpty: C1 waits"), lines.get(2));
        assertTrue(lines.get(3).endsWith("lock held by P1; notEmpty: C1 waits"), lines.get(3));
        assertTrue(lines.get(4).contains("lock held by P1 (C1 blocked)"), lines.get(4));
    }

    @Test
    void aTraceWithoutSynchronizationStateHasNoExtraColumn() {
        Result r = Result.builder("race-counter", "unsynchronized", "buggy", "jpf").verdict(Verdict.COUNTEREXAMPLE)
                .trace(List.of(new TraceStep(1, "T1", "read count -> 0", null, Map.of("count", 0)))).build();
        assertFalse(TextTrace.render(r).contains("locks and waits"));
    }

    @Test
    void thePageShowsLanesInStartOrderStatusesInTheLanesAndAColumnPerLock() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        ResultsFiles.write(in, wakeUp());
        ReportGenerator.generate(List.of(in), tmp.resolve("report"), Fixtures.SCENARIOS, List.of());
        String page = Files.readString(tmp.resolve("report/traces/pcp-condition__if-wait__explorer.html"));
        assertTrue(page.contains("<th class=\"lane-head t0\" data-thread=\"main\">main</th><th class=\"lane-head t1\" data-thread=\"P1\">P1</th>"
                + "<th class=\"lane-head t2\" data-thread=\"C1\">C1</th>"), "lanes in start order, not in order of first act (C1 acts first)");
        assertTrue(page.contains("<td class=\"lane\"><span class=\"status\">waits on notEmpty</span></td>"), "C1's lane while P1 acts");
        assertTrue(page.contains("<td class=\"lane\"><span class=\"status\">blocked on lock</span></td>"), "C1 after the signal");
        assertTrue(page.contains("<th class=\"state-key sync-key\">notEmpty</th><th class=\"state-key sync-key\">lock</th>"), "one column per lock and condition");
        assertTrue(page.contains("data-key=\"lock\">held by P1</td>"));
        assertTrue(page.contains("data-key=\"notEmpty\">waiting: C1</td>"));
        assertTrue(page.contains("data-threads=\"main runnable \u00b7 P1 runnable \u00b7 C1 blocked on lock\""), "every thread in the step box");
    }

    @Test
    void theSynchronizationStateSurvivesTheResultsFileAndOldFilesReadWithoutIt() throws IOException {
        Path in = tmp.resolve("rt");
        Files.createDirectories(in);
        Path f = ResultsFiles.write(in, wakeUp());
        assertEquals(wakeUp().trace(), ResultsFiles.read(f).trace());
        assertTrue(Files.readString(f).contains("\"status\" : \"waiting\""), "statuses as words in the JSON");
        Result old = ResultsFiles.read(Fixtures.dir("checker").resolve("race-counter__unsynchronized__explorer.json"));
        assertTrue(old.trace().stream().allMatch(s -> s.sync() == null), "an older file has no sync state and still reads");
    }
}
