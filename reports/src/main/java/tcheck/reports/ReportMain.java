package tcheck.reports;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the report at the end of {@code mvn verify}: {@code ReportMain OUT_DIR INPUT_DIR...}.
 * Prints the summary matrix and the absolute path of index.html, so the build log says where to look.
 */
public final class ReportMain {
    private ReportMain() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: ReportMain OUT_DIR INPUT_DIR...");
            // Thrown rather than System.exit: this runs inside Maven's JVM (exec:java).
            throw new IllegalArgumentException("ReportMain needs an output directory and at least one input directory");
        }
        Path out = Paths.get(args[0]);
        List<Path> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            inputs.add(Paths.get(args[i]).toAbsolutePath().normalize());
        }
        Report report = ReportGenerator.generate(inputs, out);
        System.out.println();
        System.out.println(report.summaryText());
        if (!report.problems().isEmpty()) {
            System.out.println(report.problems().size() + " results file(s)/dir(s) could not be used: listed in index.html");
        }
        System.out.println("tcheck report: " + report.index());
    }
}
