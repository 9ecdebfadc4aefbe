package tcheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tcheck.engines.Engine;
import tcheck.engines.Engines;
import tcheck.results.ResultsFiles;
import tcheck.scenario.Catalog;
import tcheck.scenario.Scenario;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code tcheck list}: every scenario with what it is expected to yield, its title and default bound. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "List every scenario id with its expected verdict, default bound and title (or, with --engines,"
                + " every engine).")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "print a JSON array (for scripts)")
    boolean json;

    @Option(names = "--engines", description = "list the engines instead: name, whether this machine can run it, its options")
    boolean engines;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        if (engines) {
            listEngines(out);
            return ExitCodes.OK;
        }
        List<Scenario> all = Catalog.all();
        if (json) {
            List<Map<String, Object>> rows = all.stream().map(ListCommand::row).toList();
            out.println(ResultsFiles.mapper().writeValueAsString(rows));
        } else {
            int idWidth = all.stream().mapToInt(s -> s.id().length()).max().orElse(2);
            int boundWidth = all.stream().mapToInt(s -> s.defaultBound().toString().length()).max().orElse(5);
            String format = "%-" + idWidth + "s  %-8s  %-" + Math.max(5, boundWidth) + "s  %s%n";
            out.printf(format, "id", "expected", "bound", "title");
            for (Scenario s : all) {
                out.printf(format, s.id(), expectation(s), s.defaultBound(), s.title());
            }
            out.println();
            out.println("Check one with: tcheck check <id>   (a family name checks all its variants; 'all' checks everything)");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void listEngines(PrintWriter out) {
        int width = Engines.names().stream().mapToInt(String::length).max().orElse(8);
        for (Engine e : Engines.all()) {
            String why = e.unavailable();
            out.printf("%-" + width + "s  %s%n", e.name(), e.description());
            out.printf("%-" + width + "s  %s%n", "", why == null ? "available here" : "not available here: " + why);
            for (Map.Entry<String, String> o : e.options().entrySet()) {
                out.printf("%-" + width + "s    --engine-option %s.%s=%s%n", "", e.name(), o.getKey(), o.getValue());
            }
        }
        out.println();
        out.println("Run some with: tcheck check <id> --engine jpf --engine lincheck   (or --engine all)");
        out.flush();
    }

    /** "buggy" or "fixed" is what the explorer must say: a counterexample, or verified. */
    private static String expectation(Scenario s) {
        return s.expected().json();
    }

    private static Map<String, Object> row(Scenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("family", s.family());
        m.put("variant", s.variant());
        m.put("expected", s.expected().json());
        m.put("expectedKind", s.expectedKind());
        m.put("title", s.title());
        m.put("defaultBound", s.defaultBound().toString());
        m.put("boundMeaning", s.boundMeaning());
        return m;
    }
}
