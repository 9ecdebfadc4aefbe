package tcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tcheck.results.ResultsFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every result names its run; an interrupted check says how far it got; the report marks results of earlier runs. */
class RunsAndInterruptsTest {
    @TempDir
    Path results;

    private List<Path> files(String suffix) throws IOException {
        try (Stream<Path> s = Files.list(results)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void everyResultNamesTheRunThatWroteIt() throws IOException {
        Cli r = Cli.run("check", "race-counter", "-q", "--results", results.toString());
        assertEquals(0, r.exitCode(), r.all());
        assertEquals(3, files(".json").size());
        for (Path f : files(".json")) {
            assertEquals(ResultsFiles.runId(), ResultsFiles.readRun(f), f.toString());
            assertTrue(Files.readString(f).contains("\"run\" : \"" + ResultsFiles.runId() + "\""), f.toString());
        }
        assertTrue(files(".tmp").isEmpty(), "no temporary file left: " + files(".tmp"));
        try (Stream<Path> all = Files.list(results)) {
            assertEquals(3, all.count(), "only the results");
        }
    }

    /** A temporary file left by a run that was stopped while writing goes with the next write of that result. */
    @Test
    void aTemporaryFileOfAStoppedRunIsRemoved() throws IOException {
        Path left = Files.writeString(results.resolve(".race-counter__atomic__explorer.json.2147483646-1.tmp"), "");
        Path ours = Files.writeString(results.resolve(".race-counter__atomic__explorer.json." + ProcessHandle.current().pid() + "-999999.tmp"), "");
        assertEquals(0, Cli.run("check", "race-counter/atomic", "-q", "--results", results.toString()).exitCode());
        assertFalse(Files.exists(left), "left by a process that is gone");
        assertTrue(Files.exists(ours), "a live process's file is its own business");
    }

    @Test
    void theReportMarksResultsOfAnEarlierRunAsStale(@TempDir Path out) throws IOException {
        assertEquals(0, Cli.run("check", "race-counter", "-q", "--results", results.toString()).exitCode());
        Path old = results.resolve("race-counter__atomic__explorer.json");
        Files.writeString(old, Files.readString(old).replace(ResultsFiles.runId(), "19990101T000000Z-1"));
        Files.setLastModifiedTime(old, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));

        Cli r = Cli.run("report", "--results", results.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.out().contains("1 result(s) from earlier runs than the latest in their directory"), r.all());
        assertFalse(r.out().contains("could not be used"), r.all());
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("stale: written by run 19990101T000000Z-1, not by the latest run in this directory ("
                + ResultsFiles.runId() + ")"), "index.html lists the stale result");
    }

    /** SIGTERM (as Ctrl-C) in the middle of 'check all': a real JVM, so that its shutdown hooks run. */
    @Test
    void anInterruptedCheckSaysHowFarItGot() throws Exception {
        Path stdout = results.resolveSibling(results.getFileName() + "-out.txt");
        Path stderr = results.resolveSibling(results.getFileName() + "-err.txt");
        Path dir = results.resolve("results");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check", "all", "--results", dir.toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        // the third scenario's line: the second is then counted as finished (its own line is printed just before it is)
        String third = tcheck.scenario.Catalog.ids().get(2) + " ";
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.readString(stdout).contains(third) && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(50);
            }
            assertTrue(p.isAlive(), "still checking\n" + Files.readString(stdout) + Files.readString(stderr));
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "stopped");
        } finally {
            p.destroyForcibly();
        }
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        String line = err.lines().filter(l -> l.startsWith("tcheck: interrupted after ")).findFirst().orElse(null);
        assertNotNull(line, err);
        int all = tcheck.scenario.Catalog.ids().size();
        int n = Integer.parseInt(line.replaceAll("tcheck: interrupted after (\\d+) of " + all + " scenarios.*", "$1"));
        assertTrue(n >= 2 && n < all, line);
        assertTrue(line.contains("the results written so far are in " + dir), line);
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> json = s.filter(f -> f.toString().endsWith(".json")).toList();
            assertTrue(json.size() >= n - 1, json + " for " + line); // the n-th may have been interrupted while written
            String run = ResultsFiles.readRun(json.get(0));
            assertNotNull(run);
            for (Path f : json) {
                assertEquals(run, ResultsFiles.readRun(f), "whole, and of one run: " + f);
            }
        }
    }
}
