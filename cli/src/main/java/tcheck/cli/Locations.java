package tcheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Default directories. The {@code ./tcheck} launcher passes the checkout's root as {@code -Dtcheck.home},
 * so results and reports land in the checkout whatever the working directory; without it (a plain
 * {@code java -jar}) the working directory counts as home.
 */
final class Locations {
    static final String HOME_PROPERTY = "tcheck.home";

    static final String RESULTS_HELP = "default: cli/target/results of the tcheck checkout (run through ./tcheck or"
            + " from the checkout's root), else ./tcheck-results";
    static final String REPORT_INPUTS_HELP = "default: cli/target/results, checker/target/results and"
            + " stress/target/results of the tcheck checkout, else ./tcheck-results";
    static final String REPORT_OUT_HELP = "default: cli/target/report of the tcheck checkout, else ./tcheck-report";

    private Locations() {
    }

    static Path home() {
        String h = System.getProperty(HOME_PROPERTY);
        return (h == null || h.isBlank() ? Path.of("") : Path.of(h)).toAbsolutePath().normalize();
    }

    /** The checkout is recognised by its cli module, so a stray directory is never mistaken for it. */
    static boolean inCheckout() {
        return Files.isRegularFile(home().resolve("cli").resolve("pom.xml"));
    }

    static Path resultsDir() {
        return inCheckout() ? home().resolve("cli/target/results") : cwd().resolve("tcheck-results");
    }

    /** The CLI's own results first: when a variant was checked by both, the latest explicit run wins. */
    static List<Path> reportInputs() {
        if (!inCheckout()) {
            return List.of(cwd().resolve("tcheck-results"));
        }
        Path h = home();
        return List.of(h.resolve("cli/target/results"), h.resolve("checker/target/results"), h.resolve("stress/target/results"));
    }

    static Path reportOut() {
        return inCheckout() ? home().resolve("cli/target/report") : cwd().resolve("tcheck-report");
    }

    private static Path cwd() {
        return Path.of("").toAbsolutePath();
    }
}
