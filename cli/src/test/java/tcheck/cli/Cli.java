package tcheck.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the tcheck command in-process, as a user would type it, and keeps what it printed. */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine(args); // as main() builds it: only the subcommand named
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** For assertion messages: everything the command printed. */
    String all() {
        return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
    }

    /** Bad input must read as a sentence, not as a Java stack trace. */
    boolean printedStackTrace() {
        return (out + err).contains("\tat ") || (out + err).contains("Exception:") || (out + err).contains("Exception in");
    }
}
