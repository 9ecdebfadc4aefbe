package tcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import tcheck.checker.explorer.ExplorerOptions;

import java.util.List;

/** The exploration options shared by check and run (a picocli mixin); defaults from {@link ExplorerDefaults}. */
public final class ExplorationOptions {
    /** "replay" is reached through --schedule, never named as a strategy. */
    static final List<String> STRATEGIES = ExplorerOptions.STRATEGIES.stream().filter(s -> !s.equals("replay")).toList();

    @Option(names = "--strategy", paramLabel = "S",
            description = "auto (DPOR, then the fewest preemptions), dpor, dfs (naive), pb (preemption-bounded),"
                    + " random, pct; default: ${DEFAULT-VALUE}")
    String strategy;

    @Option(names = "--seed", paramLabel = "N", description = "seed of random and pct; default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--max-executions", paramLabel = "N",
            description = "executions before the search stops as bounded; default: ${DEFAULT-VALUE}")
    int maxExecutions;

    @Option(names = "--max-seconds", paramLabel = "N",
            description = "wall time before the search stops as bounded; default: ${DEFAULT-VALUE}")
    long maxSeconds;

    @Option(names = "--max-steps", paramLabel = "N",
            description = "steps per execution before it is cut (and checked for a livelock); default: ${DEFAULT-VALUE}")
    int maxSteps;

    @Option(names = "--max-preemptions", paramLabel = "N",
            description = "bound of the pb strategy; default: ${DEFAULT-VALUE}")
    int maxPreemptions;

    @Option(names = "--spurious-wakeups", description = "let wait()/await() return without a notify, as the JLS allows")
    boolean spuriousWakeups;

    @Option(names = "--linearizability", description = "record every execution's operations on the scenario's concurrent"
            + " object and check them against its sequential spec; look for a non-linearizable history first")
    boolean linearizability;

    @Option(names = "--stuck-timeout-ms", paramLabel = "MS",
            description = "how long a thread may run without reaching a point the checker controls before the"
                    + " execution is abandoned as an error; default: ${DEFAULT-VALUE}")
    long stuckTimeoutMillis;

    /** The options as the explorer takes them; bad values are bad input (exit code 2). */
    ExplorerOptions toExplorerOptions(CommandLine cmd) {
        if (!STRATEGIES.contains(strategy)) {
            throw new ParameterException(cmd, "unknown strategy '" + strategy + "'; one of " + String.join(", ", STRATEGIES)
                    + " (to replay a schedule use --schedule)");
        }
        positive(cmd, "--max-executions", maxExecutions);
        positive(cmd, "--max-seconds", maxSeconds);
        positive(cmd, "--max-steps", maxSteps);
        positive(cmd, "--stuck-timeout-ms", stuckTimeoutMillis);
        if (maxPreemptions < 0) {
            throw new ParameterException(cmd, "--max-preemptions must be >= 0, got " + maxPreemptions);
        }
        try {
            ExplorerOptions options = ExplorerOptions.defaults()
                    .withStrategy(strategy)
                    .withSeed(seed)
                    .withBudget(maxExecutions, Math.multiplyExact(maxSeconds, 1000L))
                    .withMaxSteps(maxSteps)
                    .withMaxPreemptions(maxPreemptions)
                    .withSpuriousWakeups(spuriousWakeups)
                    .withStuckTimeout(stuckTimeoutMillis);
            return linearizability ? options.withLinearizability() : options;
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new ParameterException(cmd, e.getMessage());
        }
    }

    private static void positive(CommandLine cmd, String name, long value) {
        if (value < 1) {
            throw new ParameterException(cmd, name + " must be >= 1, got " + value);
        }
    }
}
