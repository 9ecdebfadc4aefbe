package tcheck.engines.jcstress;

import tcheck.engines.Engine;
import tcheck.engines.EngineRun;
import tcheck.engines.Verdicts;
import tcheck.results.Result;
import tcheck.results.Verdict;
import tcheck.scenario.Scenario;
import tcheck.stress.harness.JCStressProcess;
import tcheck.stress.harness.StressBudget;
import tcheck.stress.harness.StressGuards;
import tcheck.stress.harness.StressSuite;
import tcheck.stress.harness.StressVerdict;
import tcheck.stress.harness.TestHistogram;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * jcstress on the variant's tests from the {@code stress} module (those whose {@code @StressOf} names
 * it), in a JVM of its own, on real hardware and the real memory model: the outcome histogram goes
 * into the result. {@code mvn verify} runs all of them at once in {@code stress}'s JCStressIT; this
 * engine is the same run for one variant from the command line.
 */
public final class JcstressEngine implements Engine {
    @Override
    public String name() {
        return StressVerdict.ENGINE;
    }

    @Override
    public String description() {
        return "jcstress: the variant's stress tests on real hardware, with outcome histograms";
    }

    @Override
    public Map<String, String> options() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("mode", StressBudget.DEFAULT_MODE + ": jcstress mode (sanity, quick, default, tough)");
        o.put("timeout-minutes", "10: when the jcstress JVM is stopped");
        return o;
    }

    @Override
    public String unavailable() {
        List<String> cpus = StressGuards.cpus(Runtime.getRuntime().availableProcessors(), StressSuite.ACTORS);
        return cpus.isEmpty() ? null : cpus.get(0);
    }

    /**
     * This JVM's class path, with the variant's own class location first when it is not on it already:
     * a directory of changed scenario classes (a mutant's, from tcheck mutate) then shadows the originals.
     */
    static String classPath(Scenario s) {
        String cp = System.getProperty("java.class.path");
        String own = tcheck.engines.ForkedJvm.classPathOf(s.getClass()).get(0);
        return java.util.Arrays.asList(cp.split(java.io.File.pathSeparator)).contains(own) ? cp
                : own + java.io.File.pathSeparator + cp;
    }

    private static List<String> testsOf(Scenario s) {
        return StressSuite.names().stream().filter(n -> StressSuite.scenarioOf(n).equals(s.id())).toList();
    }

    @Override
    public String notApplicable(Scenario s) {
        return testsOf(s).isEmpty() ? "no jcstress test for this variant (its bug needs more threads than two actors,"
                + " or an actor that never returns)" : null;
    }

    @Override
    public List<Result> run(Scenario s, EngineRun run) {
        List<String> tests = testsOf(s);
        String mode = run.option(this, "mode");
        if (!List.of("sanity", "quick", "default", "tough", "stress").contains(mode)) {
            throw new IllegalArgumentException("jcstress.mode must be sanity, quick, default or tough, got '" + mode + "'");
        }
        String regex = "^(" + String.join("|", tests.stream().map(Pattern::quote).toList()) + ")$";
        StressBudget budget = new StressBudget(mode, regex, StressBudget.DEFAULT_JVM_ARGS, List.of(),
                Duration.ofMinutes(run.longOption(this, "timeout-minutes")));
        run.say("jcstress " + s.id() + ": " + tests.size() + " test(s), -m " + mode);
        Path work = null;
        try {
            work = Files.createTempDirectory("tcheck-jcstress-");
            JCStressProcess.Run r = new JCStressProcess(work, classPath(s),
                    new PrintStream(OutputStream.nullOutputStream())).run(budget);
            if (r.blob() == null) {
                return List.of(Result.builder(s.family(), s.variant(), s.expected().json(), name()).verdict(Verdict.ERROR)
                        .millis(r.millis()).message("jcstress ran no test (exit " + r.exitCode() + "): " + r.whyNothingRan())
                        .title(s.title()).lesson(s.lesson()).build());
            }
            List<TestHistogram> histograms = TestHistogram.read(r.blob());
            return List.of(StressVerdict.of(s, histograms, budget));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while jcstress ran", e);
        } finally {
            if (work != null) {
                try (var files = Files.walk(work)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (IOException ignored) {
                    // a temporary directory left behind
                }
            }
        }
    }
}
