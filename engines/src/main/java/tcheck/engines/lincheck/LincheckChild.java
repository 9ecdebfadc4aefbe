package tcheck.engines.lincheck;

import tcheck.engines.EngineRun;
import tcheck.engines.ForkedJvm;
import tcheck.engines.Verdicts;
import tcheck.results.Result;
import tcheck.results.ResultsFiles;
import tcheck.results.Verdict;
import tcheck.scenario.Bound;
import tcheck.scenario.Catalog;
import tcheck.scenario.Scenario;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lincheck in a JVM of its own, for a JVM where the explorer has already rewritten
 * {@code java.util.concurrent} (a {@code check --engine all} runs the explorer first): Lincheck's agent
 * retransforms the same JDK classes, and the two in one JVM end in a stack overflow. The child is this
 * JVM's class path without the explorer's agent; it runs the engine and writes its results as JSON.
 */
final class LincheckChild {
    private static final long TIMEOUT_MILLIS = 30 * 60_000L;

    private LincheckChild() {
    }

    static List<Result> runForked(LincheckEngine engine, Scenario s, EngineRun run) {
        run.say("lincheck " + s.id() + ": in a JVM of its own (the explorer's rewritten JDK is in this one)");
        Path work = null;
        try {
            work = Files.createTempDirectory("tcheck-lincheck-");
            Path out = Files.createDirectories(work.resolve("results"));
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            if (Runtime.version().feature() >= 24) {
                cmd.add("-XX:+EnableDynamicAgentLoading");
                cmd.add("--sun-misc-unsafe-memory-access=allow");
            }
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), LincheckChild.class.getName(), out.toString(),
                    s.id(), exact(run.boundFor(s))));
            for (String key : engine.options().keySet()) {
                cmd.add(key + "=" + run.option(engine, key));
            }
            ForkedJvm.Exit exit = ForkedJvm.run(cmd, work, TIMEOUT_MILLIS);
            List<Result> results = new ArrayList<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(out, "*.json")) {
                for (Path f : files) {
                    results.add(ResultsFiles.read(f));
                }
            }
            if (exit.code() != 0 || results.isEmpty()) {
                String why = exit.timedOut() ? "did not end within " + TIMEOUT_MILLIS / 60_000 + " minutes"
                        : "ended (exit " + exit.code() + ") without results";
                return List.of(Result.builder(s.family(), s.variant(), s.expected().json(), LincheckEngine.NAME)
                        .verdict(Verdict.ERROR).complete(false).title(s.title()).lesson(s.lesson())
                        .message("Lincheck's JVM " + why).engineOutput(ForkedJvm.tail(exit.output(), 40)).build());
            }
            results.sort(java.util.Comparator.comparing(Result::engine));
            return results;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot run Lincheck in a JVM of its own", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Lincheck ran", e);
        } finally {
            if (work != null) {
                ForkedJvm.deleteTree(work);
            }
        }
    }

    /** The bound with its capacity always written, so the child's parse cannot take the default's. */
    private static String exact(Bound b) {
        return b.threads() + "x" + b.operations() + "c" + b.capacity();
    }

    /** Arguments: OUT_DIR SCENARIO_ID BOUND KEY=VALUE... (the engine's options). */
    public static void main(String[] a) {
        Path out = Path.of(a[0]);
        Scenario s = Catalog.get(a[1]);
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 3; i < a.length; i++) {
            int eq = a[i].indexOf('=');
            options.put(a[i].substring(0, eq), a[i].substring(eq + 1));
        }
        EngineRun run = new EngineRun(s.defaultBound().parse(a[2]), options, null, line -> System.out.println(line));
        for (Result r : new LincheckEngine().run(s, run)) {
            ResultsFiles.write(out, r);
        }
        System.exit(0); // Lincheck's helper threads must not keep this JVM alive
    }
}
