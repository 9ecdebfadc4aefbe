package tcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tcheck.checker.explorer.Exploration;
import tcheck.checker.explorer.Explorer;
import tcheck.checker.explorer.ExplorerOptions;
import tcheck.checker.explorer.ExplorerResults;
import tcheck.checker.explorer.ScenarioSource;
import tcheck.scenario.Bound;
import tcheck.scenario.Scenario;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code tcheck replay}: one execution following a schedule string, printed as a trace. Nothing
 * timing-dependent is printed, so the same schedule prints the same text every time.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Run one scenario once, following a schedule (as printed by 'tcheck check'), and print its trace.",
        footer = "%nExit codes: 0 the schedule ran without a violation, 1 it shows a violation, 2 bad input,"
                + " 4 the schedule does not fit the program (error).")
final class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "one scenario id, e.g. race-counter/unsynchronized (a schedule belongs"
            + " to one variant: a family name is not enough)")
    String id;

    @Option(names = "--schedule", paramLabel = "S", required = true,
            description = "dot-separated choices: thread numbers (0 = main, then in start order), w<n> for the waiter"
                    + " a notify wakes; e.g. 1.2.2.1")
    String schedule;

    @Option(names = "--bound", paramLabel = "TxO", description = "the bound the schedule was found at; default: the scenario's own")
    String bound;

    @Option(names = "--spurious-wakeups", description = "as in the check that found the schedule")
    boolean spuriousWakeups;

    @Option(names = "--max-steps", paramLabel = "N", description = "steps before the execution is cut; default: the explorer's")
    Integer maxSteps;

    @Mixin
    TraceDisplay display = new TraceDisplay();

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        Scenario s = Inputs.oneScenario(cmd, id);
        String checked = Inputs.schedule(cmd, schedule);
        ExplorerOptions options = ExplorerOptions.defaults().withSchedule(checked).withSpuriousWakeups(spuriousWakeups);
        if (maxSteps != null) {
            if (maxSteps < 1) {
                throw new CommandLine.ParameterException(cmd, "--max-steps must be >= 1, got " + maxSteps);
            }
            options = options.withMaxSteps(maxSteps);
        }
        Bound b = Inputs.bound(cmd, s, bound, options.maxSteps());
        Exploration e = Explorer.explore(new ScenarioSource(s, b), options);
        PrintWriter out = cmd.getOut();
        out.print(display.render(ExplorerResults.toResult(s, b, e)));
        Inputs.scheduleNote(checked, e).ifPresent(out::println);
        out.flush();
        return switch (e.verdict()) {
            case COUNTEREXAMPLE -> ExitCodes.FOUND;
            case PASSED, VERIFIED -> ExitCodes.OK;
            case BOUNDED -> ExitCodes.INCONCLUSIVE;
            default -> ExitCodes.ERROR;
        };
    }
}
