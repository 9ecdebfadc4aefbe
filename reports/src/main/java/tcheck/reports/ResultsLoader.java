package tcheck.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import tcheck.results.Result;
import tcheck.results.ResultsFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads every {@code *.json} results file of the given directories. A file that is not valid JSON,
 * or lacks the fields that place it in the matrix, becomes a {@link Problem}; so does a missing
 * directory (its engines simply have not run yet). Nothing here throws for bad input.
 *
 * <p>Results from an earlier run than the latest one in their directory (the run of the file written
 * last, see {@link ResultsFiles#readRun(Path)}) are stale: an interrupted {@code tcheck check all}, or
 * a later check of fewer scenarios, leaves them beside the new ones. They are still shown, and each
 * is listed as a problem starting with {@link #STALE}, so the report says which results are not current.
 */
public final class ResultsLoader {
    /** How the problem of a stale result starts. */
    public static final String STALE = "stale: ";

    private ResultsLoader() {
    }

    public static LoadedResults load(List<Path> inputDirs) {
        List<Result> results = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        // The same (variant, engine) in two directories would make one cell ambiguous: keep the first, say so.
        Map<String, Path> seen = new HashMap<>();
        for (Path dir : inputDirs) {
            if (!Files.isDirectory(dir)) {
                problems.add(new Problem(dir.toString(), "results directory does not exist: its engines have not run"));
                continue;
            }
            Map<Path, String> runs = new HashMap<>();
            List<Path> files = jsonFiles(dir, problems);
            for (Path file : files) {
                Result r = readOne(file, problems);
                if (r == null) {
                    continue;
                }
                runs.put(file, ResultsFiles.readRun(file));
                String key = r.id() + "/" + r.engine();
                Path first = seen.putIfAbsent(key, file);
                if (first != null) {
                    problems.add(new Problem(file.toString(), "duplicate result for " + key + ", already read from " + first));
                } else {
                    results.add(r);
                }
            }
            markStale(runs, problems);
        }
        return new LoadedResults(results, problems, inputDirs);
    }

    /** Every file whose run is not the run of the directory's newest file (by modification time) is stale. */
    private static void markStale(Map<Path, String> runs, List<Problem> problems) {
        Path newest = null;
        FileTime newestTime = null;
        for (Map.Entry<Path, String> e : runs.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            FileTime t = modified(e.getKey());
            if (newest == null || t.compareTo(newestTime) > 0
                    || t.compareTo(newestTime) == 0 && e.getValue().compareTo(runs.get(newest)) > 0) {
                newest = e.getKey();
                newestTime = t;
            }
        }
        if (newest == null) {
            return; // no file names its run: nothing to compare
        }
        String latest = runs.get(newest);
        runs.entrySet().stream().filter(e -> !latest.equals(e.getValue())).map(Map.Entry::getKey).sorted().forEach(file ->
                problems.add(new Problem(file.toString(), STALE + (runs.get(file) == null ? "written before runs were recorded"
                        : "written by run " + runs.get(file)) + ", not by the latest run in this directory (" + latest
                        + "); shown, but it may not match the latest code")));
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static List<Path> jsonFiles(Path dir, List<Problem> problems) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(dir.toString(), "cannot list directory: " + e.getMessage()));
            return List.of();
        }
    }

    private static Result readOne(Path file, List<Problem> problems) {
        Result r;
        try {
            r = ResultsFiles.read(file);
        } catch (JsonProcessingException e) {
            problems.add(new Problem(file.toString(), "corrupt JSON: " + e.getOriginalMessage()));
            return null;
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(file.toString(), "unreadable: " + e));
            return null;
        }
        if (r == null) {
            problems.add(new Problem(file.toString(), "corrupt: empty document"));
            return null;
        }
        List<String> missing = new ArrayList<>();
        if (blank(r.scenario())) missing.add("scenario");
        if (blank(r.variant())) missing.add("variant");
        if (blank(r.engine())) missing.add("engine");
        if (r.verdict() == null) missing.add("verdict");
        if (!missing.isEmpty()) {
            problems.add(new Problem(file.toString(), "corrupt: missing " + String.join(", ", missing)));
            return null;
        }
        if (r.schema() > Result.SCHEMA) {
            problems.add(new Problem(file.toString(), "schema " + r.schema() + " is newer than this report knows ("
                    + Result.SCHEMA + "); shown as far as understood"));
        }
        return r;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
