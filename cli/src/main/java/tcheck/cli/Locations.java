package tcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
    static final String REPORT_INPUTS_HELP = "default: cli/target/results, checker/target/results,"
            + " engines/target/results and stress/target/results of the tcheck checkout, else ./tcheck-results";
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
        return List.of(h.resolve("cli/target/results"), h.resolve("checker/target/results"), h.resolve("engines/target/results"),
                h.resolve("stress/target/results"));
    }

    static Path reportOut() {
        return inCheckout() ? home().resolve("cli/target/report") : cwd().resolve("tcheck-report");
    }

    /**
     * A directory a command will write into, checked before any work: created when missing, then
     * probed with a file. Anything else is bad input, e.g.
     * {@code --results /proc/nope: not a writable directory (cannot create /proc/nope)}.
     */
    static Path writableDir(CommandLine cmd, String option, Path dir) {
        Path d = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(d);
            Path probe = Files.createTempFile(d, ".tcheck-probe-", ".tmp");
            Files.delete(probe);
            return d;
        } catch (IOException | UncheckedIOException | SecurityException e) {
            throw new ParameterException(cmd, (option == null ? "" : option + " ") + dir + ": not a writable directory ("
                    + reason(e) + ")");
        }
    }

    /** A directory a command reads from, named by the user: it must exist. */
    static Path readableDir(CommandLine cmd, String option, Path dir) {
        Path d = dir.toAbsolutePath().normalize();
        if (!Files.exists(d)) {
            throw new ParameterException(cmd, option + " " + dir + ": no such directory");
        }
        if (!Files.isDirectory(d)) {
            throw new ParameterException(cmd, option + " " + dir + ": not a directory");
        }
        if (!Files.isReadable(d)) {
            throw new ParameterException(cmd, option + " " + dir + ": not readable (permission denied)");
        }
        return d;
    }

    /** An I/O failure in words: what could not be done to which file, without the exception's class name. */
    static String reason(Throwable e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (t instanceof NoSuchFileException f) {
            return "cannot create " + f.getFile();
        }
        if (t instanceof FileAlreadyExistsException f) {
            return f.getFile() + " exists and is not a directory";
        }
        if (t instanceof AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        if (t instanceof FileSystemException f && f.getReason() != null) {
            // a move names the temporary file first and its target second: the target is what the user knows
            return f.getReason().toLowerCase(java.util.Locale.ROOT) + ": " + (f.getOtherFile() != null ? f.getOtherFile() : f.getFile());
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }

    private static Path cwd() {
        return Path.of("").toAbsolutePath();
    }
}
