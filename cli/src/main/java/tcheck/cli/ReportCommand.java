package tcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tcheck.reports.Report;
import tcheck.reports.ReportGenerator;
import tcheck.reports.ResultsLoader;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tcheck report}: renders the HTML and Markdown report from results already written. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Render index.html (the verdict matrix), one page per trace and summary.md from existing"
                + " results JSON, and print where index.html is. Missing or corrupt results are listed in the report, and so"
                + " are results of an earlier run than the latest in their directory (shown, marked stale).",
        footer = "%nExit codes: 0 the report was written, 2 bad input (a --results directory that does not exist, an --out"
                + " that cannot be written), 4 the report could not be written.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--results", paramLabel = "DIR", arity = "1..*",
            description = "results directories to read (the first wins when two hold the same result); "
                    + Locations.REPORT_INPUTS_HELP)
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "where to write the report; " + Locations.REPORT_OUT_HELP)
    Path out;

    @Option(names = "--summary", description = "also print summary.md (the matrix as text)")
    boolean summary;

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        // named directories must exist (a typo is bad input); the default ones may not yet (their engines have not run)
        List<Path> dirs = inputs.isEmpty()
                ? Locations.reportInputs().stream().map(p -> p.toAbsolutePath().normalize()).toList()
                : inputs.stream().map(p -> Locations.readableDir(cmd, "--results", p)).toList();
        Path outDir = Locations.writableDir(cmd, "--out", out != null ? out : Locations.reportOut());
        Report report;
        try {
            report = ReportGenerator.generate(dirs, outDir);
        } catch (UncheckedIOException e) {
            cmd.getErr().println("tcheck: cannot write the report to " + outDir + " (" + Locations.reason(e) + ")");
            cmd.getErr().flush();
            return ExitCodes.ERROR;
        }
        PrintWriter w = cmd.getOut();
        if (summary) {
            w.println(report.summaryText());
        }
        w.printf("%d trace page(s) from %s%n", report.pages().size(), dirs);
        long stale = report.problems().stream().filter(p -> p.what().startsWith(ResultsLoader.STALE)).count();
        long unusable = report.problems().size() - stale;
        if (stale > 0) {
            w.println(stale + " result(s) from earlier runs than the latest in their directory: shown, and listed as stale"
                    + " in index.html");
        }
        if (unusable > 0) {
            w.println(unusable + " results file(s)/dir(s) could not be used: listed in index.html");
        }
        w.println(report.index());
        w.flush();
        return ExitCodes.OK;
    }
}
