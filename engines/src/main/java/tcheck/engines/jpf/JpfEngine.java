package tcheck.engines.jpf;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import tcheck.engines.Engine;
import tcheck.engines.EngineRun;
import tcheck.engines.ForkedJvm;
import tcheck.engines.Jdks;
import tcheck.engines.Verdicts;
import tcheck.engines.jpf.target.ScenarioMain;
import tcheck.results.FailureKind;
import tcheck.results.Result;
import tcheck.results.ResultsFiles;
import tcheck.results.TraceStep;
import tcheck.results.Verdict;
import tcheck.scenario.Bound;
import tcheck.scenario.Property;
import tcheck.scenario.Scenario;
import tcheck.specs.SequentialSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Java PathFinder (jpf-core, java-17 branch): each variant's body and final check as a {@code main}
 * ({@link ScenarioMain}), model-checked in a JDK 17 JVM of its own through JPF's Java API (a small
 * runner compiled against the configured jpf.jar, see {@code JpfRunner.java.txt}), for deadlocks,
 * uncaught exceptions (the scenario's {@code Violation} among them) and, for variants that claim to
 * be free of them, data races ({@code PreciseRaceDetector}). Atomics are not atomic blocks here: JPF's
 * default {@code vm.shared.never_break_methods} would hide every interleaving between two
 * {@code Atomic*} calls. When the depth-first search runs out of its share of the budget, the
 * {@code MostBlocked} heuristic search gets the rest. An exhausted budget is "bounded", never
 * "verified".
 */
public final class JpfEngine implements Engine {
    public static final String NAME = "jpf";
    static final String DFS = "gov.nasa.jpf.search.DFSearch";
    static final String MOST_BLOCKED = "gov.nasa.jpf.search.heuristic.MostBlocked";

    /** JPF's java-17 branch reaches into these JDK internals; bin/jpf does not pass them. */
    static final List<String> JVM_FLAGS = List.of(
            "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED",
            "--add-opens", "java.base/jdk.internal.misc=ALL-UNNAMED",
            "--add-exports", "java.base/jdk.internal.access=ALL-UNNAMED",
            "--add-opens", "java.base/jdk.internal.access=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED",
            "--add-opens", "java.base/java.util=ALL-UNNAMED");

    /** JPF's default list without {@code java.util.concurrent.atomic.Atomic*.*}. */
    static final String NEVER_BREAK_METHODS = String.join(",",
            "java.util.concurrent.ThreadPoolExecutor.processWorkerExit",
            "java.util.concurrent.locks.Abstract*Synchronizer.*",
            "java.util.concurrent.ThreadPoolExecutor.getTask",
            "java.util.concurrent.Exchanger.doExchange",
            "java.util.concurrent.ThreadPoolExecutor.interruptIdleWorkers",
            "java.util.concurrent.TimeUnit.*");

    /** The results' mapper, not one of its own: made in the background at start, not when the engines are listed. */
    private static final ObjectMapper JSON = ResultsFiles.mapper();
    static final int MAX_STEPS = 80;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Java PathFinder: exhaustive state-space search of the program as a main, in a JDK 17 JVM of its own";
    }

    @Override
    public Map<String, String> options() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("max-seconds", "30: wall time of the whole search; when it runs out the verdict is bounded");
        o.put("search", "auto: dfs (JPF's depth-first search), most-blocked (heuristic), or auto (dfs for half the"
                + " budget, then most-blocked)");
        o.put("races", "auto: PreciseRaceDetector on, off, or auto (on for variants that claim no data race)");
        return o;
    }

    @Override
    public String unavailable() {
        Optional<Path> home = JpfHome.configured();
        if (home.isEmpty()) {
            return "no JPF: set JPF_HOME to a built jpf-core (jpf/build-jpf.sh builds one from a source archive)";
        }
        String problem = JpfHome.problem(home.get());
        if (problem != null) {
            return problem;
        }
        if (Jdks.find(17).isEmpty()) {
            return "JPF's java-17 branch runs only on a JDK 17 (none found: set JAVA17_HOME)";
        }
        return null;
    }

    @Override
    public List<Result> run(Scenario s, EngineRun run) {
        String why = unavailable();
        if (why != null) {
            return List.of(Verdicts.notAvailable(s, NAME, why));
        }
        Path home = JpfHome.configured().orElseThrow();
        Path jdk = Jdks.find(17).orElseThrow();
        Bound b = run.boundFor(s);
        long budget = run.longOption(this, "max-seconds") * 1000;
        String search = run.option(this, "search");
        String races = run.option(this, "races");
        if (!List.of("auto", "dfs", "most-blocked").contains(search)) {
            throw new IllegalArgumentException("jpf.search must be auto, dfs or most-blocked, got '" + search + "'");
        }
        if (!List.of("auto", "on", "off").contains(races)) {
            throw new IllegalArgumentException("jpf.races must be auto, on or off, got '" + races + "'");
        }
        boolean raceDetector = races.equals("on") || races.equals("auto") && s.properties().contains(Property.NO_DATA_RACE);
        List<String> plan = switch (search) {
            case "dfs" -> List.of(DFS);
            case "most-blocked" -> List.of(MOST_BLOCKED);
            default -> List.of(DFS, MOST_BLOCKED);
        };
        try {
            Path runner = runnerClasses(home, jdk);
            List<Attempt> attempts = new ArrayList<>();
            long left = budget;
            for (int i = 0; i < plan.size(); i++) {
                long share = i == plan.size() - 1 ? left : budget / plan.size();
                run.say("jpf " + s.id() + ": " + simple(plan.get(i)) + ", " + share / 1000 + " s budget");
                Attempt a = attempt(s, b, home, jdk, runner, plan.get(i), raceDetector, share);
                attempts.add(a);
                left -= a.millis;
                if (a.error != null || a.crash != null || a.constraint == null || left < 1000) {
                    break;
                }
            }
            return List.of(toResult(s, b, attempts, raceDetector, budget));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while JPF ran", e);
        }
    }

    /** One JPF search: what the runner wrote, plus the console output and the wall time. */
    record Attempt(String search, JsonNode error, String crash, String constraint, JsonNode statistics, long millis,
                   String console) {
    }

    private Attempt attempt(Scenario s, Bound b, Path home, Path jdk, Path runner, String searchClass, boolean races,
                            long budgetMillis) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("tcheck-jpf-");
        try {
            Path out = work.resolve("result.json");
            List<String> hostCp = new ArrayList<>();
            hostCp.add(home.resolve("build/jpf.jar").toString());
            hostCp.add(runner.toString());
            hostCp.addAll(ForkedJvm.classPathOf(ObjectMapper.class, JsonFactory.class, JsonInclude.class));
            List<String> targetCp = new ArrayList<>();
            targetCp.add(home.resolve("build/jpf-classes.jar").toString());
            // the variant's own class location first: a mutant's class directory (tcheck mutate) shadows the originals
            targetCp.addAll(ForkedJvm.classPathOf(s.getClass(), ScenarioMain.class, Scenario.class, SequentialSpec.class));
            String listeners = "gov.nasa.jpf.listener.BudgetChecker" + (races ? ",gov.nasa.jpf.listener.PreciseRaceDetector" : "");

            List<String> cmd = new ArrayList<>();
            cmd.add(jdk.resolve("bin/java").toString());
            cmd.addAll(JVM_FLAGS);
            cmd.add("-Xmx1g");
            cmd.add("-cp");
            cmd.add(String.join(java.io.File.pathSeparator, hostCp));
            cmd.add("tcheck.jpfrunner.JpfRunner");
            cmd.add(out.toString());
            cmd.add("tcheck.scenarios.");
            cmd.add("+jpf-core=" + home);
            cmd.add("+native_classpath=" + home.resolve("build/jpf.jar") + ";" + home.resolve("build/jpf-annotations.jar"));
            cmd.add("+classpath=" + String.join(";", targetCp));
            List<String> sources = sourceDirs(s);
            if (!sources.isEmpty()) {
                cmd.add("+sourcepath=" + String.join(";", sources));
            }
            cmd.add("+target=" + ScenarioMain.class.getName());
            cmd.add("+target.args=" + s.getClass().getName() + "," + b.threads() + "," + b.operations() + "," + b.capacity());
            cmd.add("+search.class=" + searchClass);
            cmd.add("+search.multiple_errors=false");
            cmd.add("+listener=" + listeners);
            cmd.add("+budget.max_time=" + budgetMillis);
            cmd.add("+vm.store_steps=true");
            cmd.add("+vm.shared.never_break_methods=" + NEVER_BREAK_METHODS);
            cmd.add("+report.console.property_violation=error,trace,snapshot");
            cmd.add("+report.console.show_steps=false");
            ForkedJvm.Exit exit = ForkedJvm.run(cmd, work, budgetMillis + 120_000);
            if (exit.timedOut() || !Files.isRegularFile(out)) {
                String crash = exit.timedOut() ? "JPF did not stop within its budget plus 120 s"
                        : "JPF's JVM ended (exit " + exit.code() + ") without a result";
                return new Attempt(searchClass, null, crash + "\n" + ForkedJvm.tail(exit.output(), 40), null, null,
                        exit.millis(), exit.output());
            }
            JsonNode r = JSON.readTree(out.toFile());
            return new Attempt(searchClass, r.hasNonNull("error") ? r.get("error") : null,
                    r.hasNonNull("crash") ? r.get("crash").asText() : null,
                    r.hasNonNull("constraint") ? r.get("constraint").asText() : null,
                    r.get("statistics"), r.path("millis").asLong(exit.millis()), exit.output());
        } finally {
            ForkedJvm.deleteTree(work);
        }
    }

    private Result toResult(Scenario s, Bound b, List<Attempt> attempts, boolean races, long budget) {
        Attempt last = attempts.get(attempts.size() - 1);
        long millis = attempts.stream().mapToLong(Attempt::millis).sum();
        long states = attempts.stream().mapToLong(a -> a.statistics == null ? 0 : a.statistics.path("newStates").asLong()).sum();
        String strategy = "JPF " + String.join(" then ", attempts.stream().map(a -> simple(a.search)).toList())
                + (races ? " + PreciseRaceDetector" : "") + ", budget " + budget / 1000 + " s";
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("unit", "states");
        details.put("searches", attempts.stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("search", simple(a.search));
            m.put("millis", a.millis);
            m.put("constraint", a.constraint);
            m.put("statistics", a.statistics == null ? null : JSON.convertValue(a.statistics, Map.class));
            return m;
        }).toList());
        details.put("raceDetector", races);
        details.put("neverBreakMethods", NEVER_BREAK_METHODS);
        Result.Builder r = Result.builder(s.family(), s.variant(), s.expected().json(), NAME)
                .complete(false).executions(states).millis(millis).bound(b.toString()).strategy(strategy)
                .title(s.title()).lesson(s.lesson()).details(details)
                .engineOutput(ForkedJvm.tail(last.console, 80));
        if (last.crash != null) {
            return r.verdict(Verdict.ERROR).message("JPF failed: " + last.crash.lines().findFirst().orElse("")).build();
        }
        if (last.error != null && modelGap(last.error) != null) {
            return r.verdict(Verdict.ERROR).message("JPF cannot run this program: its model of the JDK lacks "
                    + modelGap(last.error) + " (a JPF limit, not a finding)").build();
        }
        if (last.error != null) {
            JsonNode e = last.error;
            List<TraceStep> trace = trace(e.get("trace"));
            FailureKind kind = kindOf(e);
            String what = e.hasNonNull("exceptionMessage") ? "uncaught " + e.get("exceptionMessage").asText()
                    + (e.hasNonNull("exceptionThread") ? " in thread " + e.get("exceptionThread").asText() : "")
                    : firstLine(e.path("details").asText(e.path("description").asText()));
            details.put("property", e.path("property").asText());
            return r.verdict(Verdict.COUNTEREXAMPLE).kind(kind).trace(trace)
                    .failingStep(trace.isEmpty() ? null : trace.size())
                    .message(simple(e.path("property").asText()) + ": " + what + " (" + states + " states, "
                            + seconds(millis) + ")")
                    .build();
        }
        if (last.constraint != null) {
            return r.verdict(Verdict.BOUNDED).message("no error in " + states + " states before the budget ran out ("
                    + firstLine(last.constraint) + "); not a proof").build();
        }
        return r.verdict(Verdict.VERIFIED).complete(true)
                .message("search complete: no deadlock, uncaught exception" + (races ? " or data race" : "")
                        + " in " + states + " states (" + seconds(millis) + ")")
                .build();
    }

    /**
     * What JPF's own model of the JDK lacks when the "uncaught exception" it reports is one of its
     * gaps (a missing method or native of a JDK class), else null.
     */
    static String modelGap(JsonNode e) {
        String cls = e.path("exceptionClass").asText("");
        String msg = e.path("exceptionMessage").asText("");
        boolean linkage = cls.equals("java.lang.NoSuchMethodException") || cls.equals("java.lang.NoSuchMethodError")
                || cls.equals("java.lang.UnsatisfiedLinkError") || cls.equals("java.lang.NoClassDefFoundError");
        String named = msg.contains(" : ") ? msg.substring(msg.indexOf(" : ") + 3) : msg;
        boolean jdk = named.startsWith("java.") || named.startsWith("jdk.") || named.startsWith("sun.");
        // JPF's own words when a JDK class's code calls through a field its model never set (AtomicInteger's Unsafe)
        if (cls.equals("java.lang.NullPointerException") && named.startsWith("Calling '") && named.endsWith(" on null object")) {
            return "the receiver of " + named.substring("Calling ".length(), named.length() - " on null object".length())
                    + " inside the JDK";
        }
        return linkage && jdk ? named : null;
    }

    static FailureKind kindOf(JsonNode e) {
        String property = e.path("property").asText();
        if (property.endsWith("NotDeadlockedProperty")) {
            return FailureKind.DEADLOCK;
        }
        if (property.endsWith("PreciseRaceDetector")) {
            return FailureKind.DATA_RACE;
        }
        if (e.hasNonNull("violationKind")) {
            return FailureKind.of(e.get("violationKind").asText());
        }
        return FailureKind.EXCEPTION;
    }

    /** The error path's steps in the code under test, at most the last {@link #MAX_STEPS} (the failure is at the end). */
    private static List<TraceStep> trace(JsonNode steps) {
        List<TraceStep> out = new ArrayList<>();
        if (steps == null) {
            return out;
        }
        int skip = Math.max(0, steps.size() - MAX_STEPS);
        for (JsonNode st : steps) {
            if (skip-- > 0) {
                continue;
            }
            String insn = shortInstruction(st.path("instruction").asText());
            String action = st.hasNonNull("source") ? st.get("source").asText() + "   [" + insn + "]"
                    : st.path("method").asText() + ": " + insn;
            out.add(new TraceStep(out.size() + 1, st.path("thread").asText(), action, st.path("where").asText(), Map.of()));
        }
        return out;
    }

    /** {@code putfield tcheck.scenarios.racecounter.UnsynchronizedCounter.count} becomes {@code putfield UnsynchronizedCounter.count}. */
    static String shortInstruction(String insn) {
        return insn.replaceAll("\\([^)]*\\)\\S*", "()").replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+(?=[A-Z])", "").strip();
    }

    /** The runner compiled against this JPF's jpf.jar, cached by the runner's source and the jar. */
    private static Path runnerClasses(Path home, Path jdk) throws IOException, InterruptedException {
        Path jar = home.resolve("build/jpf.jar");
        return ForkedJvm.compiledRunner(JpfEngine.class, "JpfRunner.java.txt", jdk.resolve("bin/javac"), classPath(jar),
                "jpf-runner", jar + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis());
    }

    /**
     * The scenarios' source directory, so JPF's trace can quote source lines: beside the classes
     * directory in a build ({@code scenarios/target/classes}), or in the checkout named by {@code -Dtcheck.home}.
     */
    static List<String> sourceDirs(Scenario s) {
        List<Path> candidates = new ArrayList<>();
        for (String cp : ForkedJvm.classPathOf(s.getClass())) {
            Path p = Path.of(cp);
            if (p.getParent() != null && p.getParent().getParent() != null) {
                candidates.add(p.getParent().getParent().resolve("src/main/java"));
            }
        }
        String home = System.getProperty("tcheck.home");
        if (home != null) {
            candidates.add(Path.of(home, "scenarios/src/main/java"));
        }
        return candidates.stream().filter(Files::isDirectory).map(Path::toString).distinct().toList();
    }

    private static List<String> classPath(Path jpfJar) {
        List<String> cp = new ArrayList<>();
        cp.add(jpfJar.toString());
        cp.addAll(ForkedJvm.classPathOf(ObjectMapper.class, JsonFactory.class, JsonInclude.class));
        return cp;
    }

    static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.strip().lines().findFirst().orElse("");
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
