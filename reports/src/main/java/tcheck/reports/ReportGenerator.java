package tcheck.reports;

import tcheck.results.Result;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns results directories into a report directory: {@code index.html}, {@code summary.md} and
 * {@code traces/*.html}. Used by the build (through {@link ReportMain}) and by the CLI's {@code report}.
 * Bad input never stops it: missing directories and corrupt files are listed on the index page.
 */
public final class ReportGenerator {
    private ReportGenerator() {
    }

    /** Reads every {@code *.json} in the input directories and writes the report under outDir. */
    public static Report generate(List<Path> inputDirs, Path outDir) {
        CatalogScenarios.Loaded catalog = CatalogScenarios.load();
        return generate(inputDirs, outDir, catalog.scenarios(), catalog.problems());
    }

    /** As {@link #generate(List, Path)}, with the rows given (tests; tools with their own catalog). */
    public static Report generate(List<Path> inputDirs, Path outDir, List<ScenarioInfo> scenarios, List<Problem> catalogProblems) {
        LoadedResults loaded = ResultsLoader.load(inputDirs);
        List<Problem> problems = new ArrayList<>(catalogProblems);
        problems.addAll(loaded.problems());
        Matrix matrix = Matrix.build(scenarios, loaded.results());
        try {
            Path traces = outDir.resolve(PageNames.TRACES_DIR);
            Files.createDirectories(traces);
            removeOldPages(traces);
            List<Path> pages = new ArrayList<>();
            for (Result r : matrix.results()) {
                if (PageNames.hasPage(r)) {
                    ScenarioInfo info = matrix.rows().stream().filter(s -> s.id().equals(r.id())).findFirst().orElseThrow();
                    Path page = outDir.resolve(PageNames.tracePage(r));
                    Files.writeString(page, TracePage.render(r, info, matrix), StandardCharsets.UTF_8);
                    pages.add(page.toAbsolutePath().normalize());
                }
            }
            List<PlayPage.Link> play = PlayPage.writeAll(inputDirs, outDir);
            String generatedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
            // mutation results (tcheck mutate) get a page of their own; an old page would show stale ones
            List<MutationResults> mutations = MutationFiles.readAll(inputDirs, problems);
            Path mutationPage = outDir.resolve(MutationPage.FILE);
            if (mutations.isEmpty()) {
                Files.deleteIfExists(mutationPage);
            } else {
                Files.writeString(mutationPage, MutationPage.render(mutations, generatedAt), StandardCharsets.UTF_8);
            }
            Path index = outDir.resolve("index.html");
            String indexHtml = IndexPage.render(matrix, problems, inputDirs, generatedAt, play);
            if (!mutations.isEmpty()) {
                indexHtml = MutationPage.linkFromIndex(indexHtml);
            }
            Files.writeString(index, indexHtml, StandardCharsets.UTF_8);
            String summaryText = SummaryMarkdown.render(matrix, problems);
            Path summary = outDir.resolve("summary.md");
            Files.writeString(summary, summaryText, StandardCharsets.UTF_8);
            return new Report(index.toAbsolutePath().normalize(), summary.toAbsolutePath().normalize(),
                    List.copyOf(pages), summaryText, List.copyOf(problems));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + outDir, e);
        }
    }

    /** A page whose results file is gone must not survive as a stale link target. */
    private static void removeOldPages(Path traces) throws IOException {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(traces, "*.html")) {
            for (Path p : old) {
                Files.delete(p);
            }
        }
    }
}
