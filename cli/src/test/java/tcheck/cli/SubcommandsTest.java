package tcheck.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line a run builds has only the subcommand its arguments name (picocli reads the
 * annotations of every subcommand it is given, most of what a command cost before its work began),
 * and that subcommand is the one of the whole command line: the same usage, options and defaults.
 * Help, the command's own options and a name it does not know get every subcommand.
 */
class SubcommandsTest {
    private static final List<String> NAMES = List.of("list", "check", "replay", "play", "run", "mutate", "report", "help");

    @Test
    void theWholeCommandLineListsEverySubcommandInOrder() {
        assertEquals(NAMES, List.copyOf(Main.commandLine().getSubcommands().keySet()));
    }

    @Test
    void aRunBuildsOnlyTheSubcommandItNames() {
        CommandLine whole = Main.commandLine();
        for (String name : NAMES) {
            if (name.equals("help")) {
                continue;
            }
            CommandLine alone = Main.commandLine(name, "--whatever");
            assertEquals(Set.of(name), alone.getSubcommands().keySet(), name);
            assertEquals(whole.getSubcommands().get(name).getUsageMessage(CommandLine.Help.Ansi.OFF),
                    alone.getSubcommands().get(name).getUsageMessage(CommandLine.Help.Ansi.OFF), name);
        }
    }

    @Test
    void helpOptionsAndUnknownNamesGetEverySubcommand() {
        for (String[] args : new String[][] {{}, {"help", "check"}, {"--version"}, {"-h"}, {"chek", "all"}}) {
            assertEquals(NAMES, List.copyOf(Main.commandLine(args).getSubcommands().keySet()), String.join(" ", args));
        }
    }

    /** A mistyped name is bad input, with picocli's suggestion drawn from every subcommand. */
    @Test
    void aMistypedSubcommandGetsTheSuggestion() {
        Cli cli = Cli.run("chek", "all");
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode(), cli.all());
        assertTrue(cli.err().contains("Did you mean: tcheck check"), cli.all());
    }
}
