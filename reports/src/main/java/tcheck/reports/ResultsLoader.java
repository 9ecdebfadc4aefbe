package tcheck.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import tcheck.checker.results.Result;
import tcheck.checker.results.ResultsFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads every {@code *.json} results file of the given directories. A file that is not valid JSON,
 * or lacks the fields that place it in the matrix, becomes a {@link Problem}; so does a missing
 * directory (its engines simply have not run yet). Nothing here throws for bad input.
 */
public final class ResultsLoader {
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
            for (Path file : jsonFiles(dir, problems)) {
                Result r = readOne(file, problems);
                if (r == null) {
                    continue;
                }
                String key = r.id() + "/" + r.engine();
                Path first = seen.putIfAbsent(key, file);
                if (first != null) {
                    problems.add(new Problem(file.toString(), "duplicate result for " + key + ", already read from " + first));
                } else {
                    results.add(r);
                }
            }
        }
        return new LoadedResults(results, problems, inputDirs);
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
        if (blank(r.verdict())) missing.add("verdict");
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
