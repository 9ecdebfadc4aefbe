package tcheck.reports;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ReportGenerator#generate} wrote.
 *
 * @param index      the absolute path of index.html
 * @param summary    the absolute path of summary.md
 * @param pages      every per-result page written under traces/
 * @param summaryText summary.md's text, to print at the end of a build
 * @param problems   results files and directories that could not be used
 */
public record Report(Path index, Path summary, List<Path> pages, String summaryText, List<Problem> problems) {
}
