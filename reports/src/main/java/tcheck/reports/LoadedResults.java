package tcheck.reports;

import tcheck.results.Result;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything read from the input directories: the usable results, the problems met on the way,
 * and which directories were searched (in the order given).
 */
public record LoadedResults(List<Result> results, List<Problem> problems, List<Path> inputDirs) {
    public LoadedResults {
        results = List.copyOf(results);
        problems = List.copyOf(problems);
        inputDirs = List.copyOf(inputDirs);
    }
}
