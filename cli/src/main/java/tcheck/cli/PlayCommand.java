package tcheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import tcheck.checker.explorer.Explorer;
import tcheck.checker.explorer.ExplorerOptions;
import tcheck.checker.explorer.PlayTree;
import tcheck.checker.explorer.ScenarioSource;
import tcheck.checker.explorer.search.Replay;
import tcheck.results.FailureKind;
import tcheck.results.TraceStep;
import tcheck.results.Verdict;
import tcheck.scenario.Bound;
import tcheck.scenario.Scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code tcheck play}: you are the scheduler. The scenario runs under the explorer up to each point
 * where more than one thread can run (or a notify can wake more than one waiter); you pick, the new
 * steps and the shared state are printed, and so on until the program ends or fails. The choices you
 * made are a schedule, printed with the {@code replay} command that shows the same run again.
 * Each turn re-runs the program from the start with the choices so far: the state shown is the real
 * program's, not a model of it.
 */
@Command(name = "play", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Be the scheduler: pick which thread runs next, step by step, and try to make a scenario fail"
                + " (reads your choices from standard input, one per line).",
        footer = "%nAt each choice type the number shown (or the thread's name), u to undo the last choice, q to quit."
                + "%nExit codes: 0 the program ended without failing (or you quit), 1 you made it fail, 2 bad input,"
                + " 4 the explorer could not run it.")
final class PlayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "one scenario id, e.g. race-counter/unsynchronized")
    String id;

    @Option(names = "--bound", paramLabel = "TxO", description = "threads x operations; default: the scenario's own")
    String bound;

    @Option(names = "--schedule", paramLabel = "S", description = "start after these choices (as printed by check or play)")
    String schedule;

    @Option(names = "--export", description = "instead of playing here, compute every position a player can reach (up to"
            + " --positions) and write them to the results directory's play/ folder: 'tcheck report' then renders a page"
            + " where the scenario is played in the browser")
    boolean export;

    @Option(names = "--positions", paramLabel = "N", defaultValue = "2000",
            description = "with --export: at most this many positions (default: ${DEFAULT-VALUE})")
    int positions;

    @Option(names = "--results", paramLabel = "DIR", description = "with --export: the results directory; " + Locations.RESULTS_HELP)
    java.nio.file.Path results;

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        Scenario s = Inputs.oneScenario(cmd, id);
        if (export) {
            return export(cmd, s);
        }
        List<String> choices = new ArrayList<>(schedule == null ? List.of() : Replay.parse(Inputs.schedule(cmd, schedule)));
        ExplorerOptions options = ExplorerOptions.defaults();
        Bound b = Inputs.bound(cmd, s, bound, options.maxSteps());
        PrintWriter out = cmd.getOut();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        out.println(s.family() + " / " + s.variant() + ": " + s.title());
        out.println("You are the scheduler: at each step where more than one thread can run, you pick which one does.");
        out.println("Try to make the program fail. (" + s.lesson() + ")");
        Explorer explorer = new Explorer(new ScenarioSource(s, b), options, null); // one set of classes for every turn
        int shown = 0;
        while (true) {
            PlayTree.Position position;
            try {
                position = PlayTree.position(explorer, String.join(".", choices), shown);
            } catch (IllegalArgumentException doesNotFit) {
                throw new CommandLine.ParameterException(cmd, "--schedule does not fit " + s.id() + ": " + doesNotFit.getMessage());
            }
            if (shown == 0) {
                out.println(String.format(Locale.ROOT, "%4s  %-8s %s", "#", "thread", "action   [where]   shared state after   | locks and waits"));
            }
            for (TraceStep step : position.steps()) {
                out.println(line(step));
            }
            shown += position.steps().size();
            if (position.verdict() != null) {
                return ended(out, s, b, position, choices);
            }
            out.println("Step " + (shown + 1) + ": " + position.question());
            List<PlayTree.Option> offered = position.options();
            for (int k = 0; k < offered.size(); k++) {
                out.println(String.format(Locale.ROOT, "  %d) %-8s %s", k + 1, offered.get(k).thread(), offered.get(k).next()));
            }
            String picked = null;
            while (picked == null) {
                out.print("choose 1-" + offered.size() + (choices.isEmpty() ? "" : ", u to undo") + ", q to quit > ");
                out.flush();
                String answer = read(in);
                if (System.console() == null) {
                    out.println(answer == null ? "" : answer); // piped choices: show them, so the transcript reads as played
                }
                if (answer == null || answer.equalsIgnoreCase("q")) {
                    out.println("Stopped. Your choices so far: " + (choices.isEmpty() ? "(none)" : String.join(".", choices)));
                    if (!choices.isEmpty()) {
                        out.println("continue with: ./tcheck play " + s.id() + boundOption(s, b) + " --schedule " + String.join(".", choices));
                    }
                    return ExitCodes.OK;
                }
                if (answer.equalsIgnoreCase("u")) {
                    if (choices.isEmpty()) {
                        out.println("nothing to undo");
                        continue;
                    }
                    choices.remove(choices.size() - 1);
                    shown = 0; // the whole trace again
                    out.println();
                    picked = "";
                    continue;
                }
                PlayTree.Option o = pick(answer, offered);
                if (o == null) {
                    out.println("'" + answer + "' is not one of the choices: type a number from 1 to " + offered.size()
                            + " or one of " + offered.stream().map(PlayTree.Option::thread).collect(Collectors.joining(", ")));
                    continue;
                }
                picked = o.token();
            }
            if (!picked.isEmpty()) {
                choices.add(picked);
            }
        }
    }

    private int export(CommandLine cmd, Scenario s) {
        if (positions < 1) {
            throw new CommandLine.ParameterException(cmd, "--positions must be >= 1, got " + positions);
        }
        ExplorerOptions options = ExplorerOptions.defaults();
        Bound b = Inputs.bound(cmd, s, bound, options.maxSteps());
        java.nio.file.Path dir = Locations.writableDir(cmd, "--results", (results != null ? results : Locations.resultsDir()).resolve("play"));
        tcheck.checker.explorer.PlayTree tree = tcheck.checker.explorer.PlayTree.build(new ScenarioSource(s, b), options, positions);
        java.nio.file.Path file = dir.resolve(s.family() + "__" + s.variant() + ".json");
        try {
            java.nio.file.Path tmp = java.nio.file.Files.createTempFile(dir, ".play-", ".tmp");
            new com.fasterxml.jackson.databind.ObjectMapper().writeValue(tmp.toFile(), tree.toJson(s.id(), s.title(), s.lesson(), b.toString()));
            java.nio.file.Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            cmd.getErr().println("tcheck: cannot write " + file + " (" + Locations.reason(e) + ")");
            return ExitCodes.ERROR;
        }
        PrintWriter out = cmd.getOut();
        out.println(s.id() + ": " + tree.positions().size() + " positions, " + tree.ends().size() + " ends"
                + (tree.complete() ? " (every schedule)" : " (not every schedule: raise --positions; the page sends players"
                + " beyond them to 'tcheck play')"));
        out.println("wrote " + file + "   (render it with: tcheck report)");
        return ExitCodes.OK;
    }

    private int ended(PrintWriter out, Scenario s, Bound b, PlayTree.Position e, List<String> choices) {
        String replay = "./tcheck replay " + s.id() + boundOption(s, b) + " --schedule " + String.join(".", choices);
        if (e.verdict() == Verdict.COUNTEREXAMPLE && e.kind() == FailureKind.DATA_RACE) {
            out.println("The program's result was right this time, but the run has a " + e.message());
            out.println("On another machine or JIT the racing accesses may not see each other at all: a bug, found.");
            out.println("replay with: " + replay);
            return ExitCodes.FOUND;
        }
        if (e.verdict() == Verdict.COUNTEREXAMPLE) {
            out.println("The program failed (" + e.kind() + "): " + e.message());
            out.println("You found the bug: " + choices.size() + " choice(s), " + e.preemptions() + " preemption(s).");
            out.println("replay with: " + replay);
            return ExitCodes.FOUND;
        }
        if (e.verdict() == Verdict.ERROR) {
            out.println("The explorer could not run this: " + e.message());
            return ExitCodes.ERROR;
        }
        out.println("The program ended without failing. Try other choices: ./tcheck play " + s.id() + boundOption(s, b));
        out.println("this run again: " + replay);
        return ExitCodes.OK;
    }

    private static String boundOption(Scenario s, Bound b) {
        return b.equals(s.defaultBound()) ? "" : " --bound " + b;
    }

    /** A choice typed as its number in the list or as the thread's name. */
    private static PlayTree.Option pick(String answer, List<PlayTree.Option> options) {
        try {
            int k = Integer.parseInt(answer);
            return k >= 1 && k <= options.size() ? options.get(k - 1) : null;
        } catch (NumberFormatException notANumber) {
            return options.stream().filter(o -> o.thread().equalsIgnoreCase(answer)).findFirst().orElse(null);
        }
    }

    private static String line(TraceStep step) {
        String state = step.state() == null || step.state().isEmpty() ? ""
                : step.state().entrySet().stream().map(PlayCommand::pair).collect(Collectors.joining("  "));
        String locks = tcheck.results.text.SyncStateColumns.compact(step);
        return String.format(Locale.ROOT, "%4d  %-8s %s   [%s]   %s%s", step.step(), step.thread(), step.action(),
                step.where() == null ? "" : step.where(), state, locks.isEmpty() ? "" : "   | " + locks).stripTrailing();
    }

    private static String pair(Map.Entry<String, Object> kv) {
        return kv.getKey() + "=" + kv.getValue();
    }

    private static String read(BufferedReader in) {
        try {
            String line = in.readLine();
            return line == null ? null : line.trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
