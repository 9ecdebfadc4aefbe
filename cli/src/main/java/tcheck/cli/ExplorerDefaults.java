package tcheck.cli;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import tcheck.checker.explorer.ExplorerOptions;

/**
 * Fills the exploration options' defaults from {@link ExplorerOptions#defaults()}, so the help's
 * "default:" values are the explorer's own and cannot drift from them.
 */
final class ExplorerDefaults implements IDefaultValueProvider {
    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option)) {
            return null;
        }
        ExplorerOptions d = ExplorerOptions.defaults();
        return switch (option.longestName()) {
            case "--strategy" -> d.strategy();
            case "--seed" -> Long.toString(d.seed());
            case "--max-executions" -> Integer.toString(d.maxExecutions());
            case "--max-seconds" -> Long.toString(Math.max(1, d.maxMillis() / 1000));
            case "--max-steps" -> Integer.toString(d.maxSteps());
            case "--max-preemptions" -> Integer.toString(d.maxPreemptions());
            case "--stuck-timeout-ms" -> Long.toString(d.stuckTimeoutMillis());
            default -> null;
        };
    }
}
