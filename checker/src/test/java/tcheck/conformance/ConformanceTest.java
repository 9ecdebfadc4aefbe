package tcheck.conformance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tcheck.checker.explorer.Exploration;
import tcheck.checker.explorer.Explorer;
import tcheck.checker.explorer.ExplorerOptions;
import tcheck.checker.explorer.RunnableSource;
import tcheck.results.FailureKind;
import tcheck.results.Verdict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The conformance suite: every program in a package {@code tcheck.conformance.<category>} is explored
 * the way {@code tcheck run} explores a user's Runnable, and its verdict is held against its
 * {@link Expect}. A counterexample must replay to the same kind; "verified" must come from a
 * complete search; an expected error must name what it could not control.
 *
 * <p>Programs listed in {@code conformance-known-failures.txt} (with the reason) are expected to
 * still fail: when one starts to pass, this test fails until it is taken off the list, so the list
 * only ever shrinks honestly. A listed reason starting with "flaky" means the explorer's answer
 * depends on real timing it does not control; such a program is reported but not asserted. The table (category x right / wrong / error) is printed at the end and
 * written to {@code target/conformance.md}, with the list of failures as they are now in
 * {@code target/conformance-known-failures.now.txt}.
 *
 * <p>{@code -Dtcheck.conformance.only=REGEX} runs only the programs whose id ({@code category/Name})
 * matches.
 */
public class ConformanceTest {
    static final String ROOT = "tcheck.conformance.";
    /**
     * How long a thread may run without reaching a scheduling point: short, so errors come quickly,
     * but not so short that a loaded machine's class loading and instrumentation count as stuck.
     */
    static final long STUCK_MS = 3_000;
    /** A hard limit per program, in case the explorer itself does not return. */
    static final long HARD_LIMIT_MS = 60_000;

    enum Grade { RIGHT, WRONG, ERROR }

    record Program(String category, String name, Class<?> type, Expect expect) {
        String id() {
            return category + "/" + name;
        }

        String className() {
            return type.getName();
        }
    }

    /** What the explorer said, and what its replay said. {@code crash} is set when the explorer itself threw or hung. */
    record Outcome(Verdict verdict, FailureKind kind, boolean complete, String message, String schedule, long executions,
                   long millis, Verdict replayVerdict, FailureKind replayKind, String replayMessage, String crash, String foreign) {
        static Outcome crashed(String why, long millis) {
            return new Outcome(null, null, false, null, null, 0, millis, null, null, null, why, null);
        }
    }

    record Row(Program program, Outcome outcome, Grade grade, List<String> why, boolean known) {
    }

    private static final Map<String, Row> ROWS = new TreeMap<>();

    // ------------------------------------------------------------------ the tests

    @TestFactory
    Stream<DynamicTest> conformance() throws IOException {
        Map<String, String> known = knownFailures();
        List<Program> programs = programs();
        Outside.start(); // misuse/PreStartedThread: its thread must exist before any exploration
        List<String> unknownIds = allListedIds().stream()
                .filter(id -> programs.stream().noneMatch(p -> p.id().equals(id))).toList();
        if (!unknownIds.isEmpty()) {
            fail("conformance-known-failures.txt names programs that do not exist: " + unknownIds);
        }
        String only = System.getProperty("tcheck.conformance.only");
        Pattern filter = only == null || only.isBlank() ? null : Pattern.compile(only);
        List<Program> selected = programs.stream().filter(p -> filter == null || filter.matcher(p.id()).find()).toList();
        Map<String, java.util.concurrent.CompletableFuture<Outcome>> outcomes = startShards(selected);
        return selected.stream().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            Outcome o;
            java.util.concurrent.CompletableFuture<Outcome> f = outcomes.get(p.className());
            if (f == null) {
                o = exploreWithLimit(p.className(), p.expect());
            } else {
                try {
                    o = f.get(10, TimeUnit.MINUTES);
                } catch (ExecutionException | TimeoutException e) {
                    o = Outcome.crashed("no outcome from its child JVM: " + e, 0);
                }
            }
            check(p, o, known.get(p.id()));
        }));
    }

    /**
     * With {@code -Dtcheck.conformance.forks=N} (default 3), the programs are explored in N child JVMs
     * at once (most of a failing explorer's time is spent waiting for its stuck timeouts, so this
     * costs little CPU); 0 explores in this JVM. Programs marked {@code ownJvm} always get a JVM of
     * their own. Returns the outcome to come per class name; programs explored here are absent.
     */
    private static Map<String, java.util.concurrent.CompletableFuture<Outcome>> startShards(List<Program> programs) {
        int forks = Integer.getInteger("tcheck.conformance.forks", 3);
        Map<String, java.util.concurrent.CompletableFuture<Outcome>> out = new LinkedHashMap<>();
        List<List<String>> shards = new ArrayList<>();
        for (int i = 0; i < forks; i++) {
            shards.add(new ArrayList<>());
        }
        int next = 0;
        for (Program p : programs) {
            if (p.expect().ownJvm()) {
                Shard own = new Shard(List.of(p.className())).start("conformance-own-" + p.name());
                out.put(p.className(), own.outcome(p.className()));
            } else if (forks > 0) {
                shards.get(next++ % forks).add(p.className());
            }
        }
        for (int i = 0; i < forks; i++) {
            if (!shards.get(i).isEmpty()) {
                Shard shard = new Shard(shards.get(i)).start("conformance-shard-" + i);
                shards.get(i).forEach(c -> out.put(c, shard.outcome(c)));
            }
        }
        return out;
    }

    private static void check(Program p, Outcome o, String knownReason) {
        List<String> why = new ArrayList<>();
        Grade g = grade(p.expect(), o, why);
        synchronized (ROWS) {
            ROWS.put(p.id(), new Row(p, o, g, why, knownReason != null));
        }
        String summary = p.id() + ": expected " + expected(p.expect()) + ", got " + got(o)
                + (why.isEmpty() ? "" : " [" + String.join("; ", why) + "]")
                + "\n  message: " + (o.crash() != null ? o.crash() : o.message());
        System.out.println("[conformance] " + g + " " + summary.replace("\n", " "));
        if (knownReason == null && g != Grade.RIGHT) {
            fail(summary);
        }
        if (knownReason != null && knownReason.startsWith("flaky")) {
            return; // listed as flaky: its verdict depends on timing the explorer does not control; either way is reported
        }
        if (knownReason != null && g == Grade.RIGHT) {
            fail(p.id() + " now gets the expected verdict (" + got(o) + "): take it off conformance-known-failures.txt"
                    + " (listed as: " + knownReason + ")");
        }
    }

    static Grade grade(Expect x, Outcome o, List<String> why) {
        if (o.crash() != null) {
            why.add(o.crash());
            return Grade.ERROR;
        }
        if (o.verdict() == Verdict.ERROR && x.value() != Expect.Verdict.ERROR) {
            why.add("the explorer gave up: " + brief(o.message()));
            return Grade.ERROR;
        }
        switch (x.value()) {
            case ERROR -> {
                if (o.verdict() != Verdict.ERROR) {
                    why.add("expected an error, got " + o.verdict());
                    return Grade.WRONG;
                }
                for (String phrase : x.message()) {
                    if (o.message() == null || !o.message().contains(phrase)) {
                        why.add("the error message does not contain '" + phrase + "'");
                    }
                }
                return why.isEmpty() ? Grade.RIGHT : Grade.WRONG;
            }
            case VERIFIED, VERIFIED_OR_BOUNDED -> {
                if (o.verdict() == Verdict.VERIFIED) {
                    if (!o.complete()) {
                        why.add("verified but the search is not complete");
                        return Grade.WRONG;
                    }
                    return Grade.RIGHT;
                }
                if (o.verdict() == Verdict.BOUNDED && x.value() == Expect.Verdict.VERIFIED_OR_BOUNDED) {
                    return Grade.RIGHT;
                }
                why.add("correct program, got " + o.verdict() + (o.kind() == null ? "" : " (" + o.kind() + ")")
                        + (o.verdict() == Verdict.COUNTEREXAMPLE ? ": a false alarm" : ""));
                return Grade.WRONG;
            }
            case COUNTEREXAMPLE -> {
                if (o.verdict() != Verdict.COUNTEREXAMPLE) {
                    why.add("buggy program, got " + o.verdict() + ": the bug was missed");
                    return Grade.WRONG;
                }
                if (o.kind() == null || !Arrays.asList(x.kind()).contains(o.kind().label())) {
                    why.add("wrong kind " + o.kind() + ", expected " + String.join(" or ", x.kind()));
                }
                for (String phrase : x.message()) {
                    if (o.message() == null || !o.message().contains(phrase)) {
                        why.add("the message does not contain '" + phrase + "'");
                    }
                }
                if (o.foreign() != null) {
                    why.add("the trace shows code outside the program: " + o.foreign());
                }
                if (o.schedule() == null) {
                    why.add("the counterexample has no schedule to replay");
                } else if (o.replayVerdict() != Verdict.COUNTEREXAMPLE || o.kind() != o.replayKind()) {
                    why.add("replaying schedule '" + o.schedule() + "' gave " + o.replayVerdict()
                            + (o.replayKind() == null ? "" : " (" + o.replayKind() + ")") + ", not " + o.kind()
                            + (o.replayMessage() == null ? "" : ": " + firstLine(o.replayMessage())));
                }
                return why.isEmpty() ? Grade.RIGHT : Grade.WRONG;
            }
            default -> throw new IllegalStateException();
        }
    }

    // ------------------------------------------------------------------ exploring, as `tcheck run` does

    static boolean selected(String className) {
        return className.startsWith(ROOT) && className.indexOf('.', ROOT.length()) > 0;
    }

    static ExplorerOptions options(Expect x) {
        return ExplorerOptions.defaults()
                .withBudget(x.maxExecutions(), x.maxMillis())
                .withMaxSteps(x.maxSteps())
                .withStuckTimeout(STUCK_MS)
                .withSpuriousWakeups(x.spuriousWakeups());
    }

    static Outcome explore(String className, Expect x) {
        ClassLoader loader = ConformanceTest.class.getClassLoader();
        long start = System.nanoTime();
        Exploration e = Explorer.explore(RunnableSource.of(className, loader, ConformanceTest::selected), options(x));
        long ms = (System.nanoTime() - start) / 1_000_000;
        Verdict rv = null;
        FailureKind rk = null;
        String rm = null;
        if (e.foundCounterexample() && e.schedule() != null) {
            Exploration r = Explorer.explore(RunnableSource.of(className, loader, ConformanceTest::selected),
                    options(x).withSchedule(e.schedule()));
            rv = r.verdict();
            rk = r.kind();
            rm = r.message();
        }
        return new Outcome(e.verdict(), e.kind(), e.complete(), e.message(), e.schedule(), e.executions(), ms, rv, rk, rm, null,
                foreignSteps(className, e));
    }

    /**
     * The trace steps of a counterexample that are not in the program's own file, as
     * "where (action)", or null when there are none: a trace must stay at the level of the user's
     * calls ("barrier.await() blocks"), never show the JDK's internals.
     */
    static String foreignSteps(String className, Exploration e) {
        if (!e.foundCounterexample()) {
            return null;
        }
        String simple = className.substring(className.lastIndexOf('.') + 1);
        String file = (simple.contains("$") ? simple.substring(0, simple.indexOf('$')) : simple) + ".java";
        List<String> foreign = new ArrayList<>();
        for (tcheck.results.TraceStep t : e.trace()) {
            String where = t.where() == null ? "" : t.where();
            if (!where.isEmpty() && !where.startsWith(file)) {
                foreign.add(where + " (" + t.action() + ")");
            }
        }
        if (foreign.isEmpty()) {
            return null;
        }
        return foreign.size() + " of " + e.trace().size() + " steps, e.g. " + String.join(", ", foreign.subList(0, Math.min(3, foreign.size())));
    }

    /** Explores on a daemon thread, so an explorer that never returns costs this program, not the build. */
    private static Outcome exploreWithLimit(String className, Expect x) {
        long start = System.nanoTime();
        FutureTask<Outcome> task = new FutureTask<>(() -> explore(className, x));
        Thread t = new Thread(task, "conformance-" + className.substring(className.lastIndexOf('.') + 1));
        t.setDaemon(true);
        t.start();
        try {
            return task.get(HARD_LIMIT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            t.interrupt();
            return Outcome.crashed("the explorer did not return within " + HARD_LIMIT_MS + " ms", HARD_LIMIT_MS);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            return Outcome.crashed("the explorer threw " + c, (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.crashed("interrupted", 0);
        }
    }

    /**
     * Explores programs in child JVMs (same class path, stdin a pipe nobody writes to), each child
     * running {@link #main} over a list of programs and printing each outcome as it is known. When a
     * child ends before it has reported them all (System.exit in checked code, a hung explorer), the
     * program it was on gets a crash and a new child takes the rest.
     */
    static final class Shard {
        private final List<String> classNames;
        private final Map<String, java.util.concurrent.CompletableFuture<Outcome>> outcomes = new java.util.concurrent.ConcurrentHashMap<>();

        Shard(List<String> classNames) {
            this.classNames = List.copyOf(classNames);
            classNames.forEach(c -> outcomes.put(c, new java.util.concurrent.CompletableFuture<>()));
        }

        java.util.concurrent.CompletableFuture<Outcome> outcome(String className) {
            return outcomes.get(className);
        }

        Shard start(String name) {
            Thread t = new Thread(this::runAll, name);
            t.setDaemon(true);
            t.start();
            return this;
        }

        private void runAll() {
            List<String> left = new ArrayList<>(classNames);
            while (!left.isEmpty()) {
                long start = System.nanoTime();
                ChildResult r = runChild(left, outcomes);
                left.removeIf(c -> outcomes.get(c).isDone());
                if (!left.isEmpty()) {
                    String culprit = left.remove(0);
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    outcomes.get(culprit).complete(Outcome.crashed(r.why(), ms));
                }
            }
        }
    }

    record ChildResult(String why) {
    }

    private static ChildResult runChild(List<String> classNames, Map<String, java.util.concurrent.CompletableFuture<Outcome>> into) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path")));
        if (Runtime.version().feature() >= 21) {
            cmd.add("-XX:+EnableDynamicAgentLoading"); // the explorer attaches its agent at run time
        }
        if (Runtime.version().feature() >= 24) {
            cmd.add("--sun-misc-unsafe-memory-access=allow");
        }
        String substrate = System.getProperty(tcheck.checker.explorer.runtime.Substrate.PROPERTY);
        if (substrate != null) {
            cmd.add("-D" + tcheck.checker.explorer.runtime.Substrate.PROPERTY + "=" + substrate); // the suite runs on the substrate asked for
        }
        cmd.add(ConformanceTest.class.getName());
        cmd.addAll(classNames);
        Process proc;
        try {
            // stderr apart: a leftover thread's stack trace must not cut into the outcome lines
            proc = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return new ChildResult("cannot start a child JVM: " + e);
        }
        StringBuilder other = new StringBuilder();
        Map<String, Map<String, String>> fields = new LinkedHashMap<>();
        long[] last = {System.nanoTime()};
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("@@conformance ")) {
                        String[] parts = line.substring(14).split(" ", 2);
                        String[] kv = parts[1].split("=", 2);
                        Map<String, String> f = fields.computeIfAbsent(parts[0], k -> new LinkedHashMap<>());
                        f.put(kv[0], kv.length < 2 || kv[1].equals("~") ? null : URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
                        if (kv[0].equals("done")) {
                            into.get(parts[0]).complete(parse(f));
                            last[0] = System.nanoTime();
                        }
                    } else if (other.length() < 4_000) {
                        other.append(line).append('\n');
                    }
                }
            } catch (IOException ignored) {
                // the child is gone
            }
        }, "conformance-child-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (!proc.waitFor(1, TimeUnit.SECONDS)) {
                if (System.nanoTime() - last[0] > (HARD_LIMIT_MS + 10_000) * 1_000_000L) {
                    proc.destroyForcibly();
                    reader.join(5_000);
                    return new ChildResult("the child JVM reported nothing for " + (HARD_LIMIT_MS + 10_000) + " ms: killed");
                }
            }
            reader.join(10_000);
        } catch (InterruptedException e) {
            proc.destroyForcibly();
            Thread.currentThread().interrupt();
            return new ChildResult("interrupted");
        }
        return new ChildResult("the JVM exploring it exited with status " + proc.exitValue()
                + " before the explorer reported (System.exit in checked code ends the checker's JVM?)"
                + (other.length() == 0 ? "" : "; output: " + firstLine(other.toString().strip())));
    }

    private static Outcome parse(Map<String, String> f) {
        if (f.get("crash") != null) {
            return Outcome.crashed(f.get("crash"), Long.parseLong(f.get("millis")));
        }
        return new Outcome(Verdict.of(f.get("verdict")), FailureKind.of(f.get("kind")), Boolean.parseBoolean(f.get("complete")), f.get("message"),
                f.get("schedule"), Long.parseLong(f.get("executions")), Long.parseLong(f.get("millis")),
                Verdict.of(f.get("replayVerdict")), FailureKind.of(f.get("replayKind")), f.get("replayMessage"), null, f.get("foreign"));
    }

    /** The child JVM's side of {@link Shard}: explores the programs named and prints each outcome. */
    public static void main(String[] args) throws Exception {
        Outside.start();
        for (String className : args) {
            Class<?> c = Class.forName(className, false, ConformanceTest.class.getClassLoader());
            Outcome o = exploreWithLimit(className, c.getAnnotation(Expect.class));
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("verdict", o.verdict());
            f.put("kind", o.kind());
            f.put("complete", o.complete());
            f.put("message", o.message());
            f.put("schedule", o.schedule());
            f.put("executions", o.executions());
            f.put("millis", o.millis());
            f.put("replayVerdict", o.replayVerdict());
            f.put("replayKind", o.replayKind());
            f.put("replayMessage", o.replayMessage());
            f.put("crash", o.crash());
            f.put("foreign", o.foreign());
            f.put("done", "yes");
            StringBuilder out = new StringBuilder();
            f.forEach((k, v) -> out.append("@@conformance ").append(className).append(' ').append(k).append('=')
                    .append(v == null ? "~" : URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8)).append('\n'));
            System.out.print(out);
            System.out.flush();
            if (o.crash() != null && o.crash().contains("did not return")) {
                break; // the explorer is stuck and holds its lock: let the parent start a fresh JVM for the rest
            }
        }
        System.out.flush();
        Runtime.getRuntime().halt(0); // leftover threads of the programs must not keep this JVM alive
    }

    // ------------------------------------------------------------------ finding the programs

    static List<Program> programs() throws IOException {
        Path root;
        try {
            root = Path.of(ConformanceTest.class.getResource("ConformanceTest.class").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        List<Program> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.sorted().toList()) {
                Path rel = root.relativize(f);
                String file = f.getFileName().toString();
                if (rel.getNameCount() != 2 || !file.endsWith(".class") || file.contains("$")) {
                    continue;
                }
                String category = rel.getName(0).toString();
                String name = file.substring(0, file.length() - ".class".length());
                Class<?> c;
                try {
                    c = Class.forName(ROOT + category + "." + name, false, ConformanceTest.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    problems.add(category + "/" + name + ": " + e);
                    continue;
                }
                Expect x = c.getAnnotation(Expect.class);
                if (x == null || !Runnable.class.isAssignableFrom(c)) {
                    problems.add(category + "/" + name + ": every conformance program is a Runnable with @Expect");
                    continue;
                }
                if (x.value() == Expect.Verdict.COUNTEREXAMPLE && x.kind().length == 0
                        || x.value() == Expect.Verdict.ERROR && x.message().length == 0) {
                    problems.add(category + "/" + name + ": a counterexample needs a kind, an error a phrase");
                }
                out.add(new Program(category, name, c, x));
            }
        }
        if (!problems.isEmpty()) {
            fail("malformed conformance programs: " + problems);
        }
        return out;
    }

    /**
     * {@code category/Name reason...} per line; {@code #} starts a comment. A reason starting with
     * {@code [jdkN]} lists the program on JDK N only (elsewhere it must pass).
     */
    static Map<String, String> knownFailures() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (var in = ConformanceTest.class.getResourceAsStream("/conformance-known-failures.txt")) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\s+", 2);
                String reason = parts.length > 1 ? parts[1] : "";
                java.util.regex.Matcher jdk = Pattern.compile("^\\[jdk(\\d+)]\\s*").matcher(reason);
                if (jdk.find()) {
                    if (Integer.parseInt(jdk.group(1)) != Runtime.version().feature()) {
                        continue; // listed for another JDK only: asserted normally here
                    }
                    reason = reason.substring(jdk.end());
                }
                out.put(parts[0], reason);
            }
        }
        return out;
    }

    private static List<String> allListedIds() throws IOException {
        List<String> ids = new ArrayList<>();
        try (var in = ConformanceTest.class.getResourceAsStream("/conformance-known-failures.txt")) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String l = line.strip();
                    if (!l.isEmpty() && !l.startsWith("#")) {
                        ids.add(l.split("\\s+", 2)[0]);
                    }
                }
            }
        }
        return ids;
    }

    // ------------------------------------------------------------------ the table

    @AfterAll
    static void table() throws IOException {
        Map<String, Row> rows;
        synchronized (ROWS) {
            rows = new TreeMap<>(ROWS);
        }
        if (rows.isEmpty()) {
            return;
        }
        Map<String, int[]> byCategory = new TreeMap<>();
        for (Row r : rows.values()) {
            byCategory.computeIfAbsent(r.program().category(), k -> new int[3])[r.grade().ordinal()]++;
        }
        StringBuilder md = new StringBuilder();
        md.append("# Conformance: ").append(rows.size()).append(" programs, JDK ").append(Runtime.version().feature()).append("\n\n");
        md.append("| category | right | wrong | error | programs |\n|---|---:|---:|---:|---:|\n");
        int[] total = new int[3];
        byCategory.forEach((cat, n) -> {
            md.append("| ").append(cat).append(" | ").append(n[0]).append(" | ").append(n[1]).append(" | ").append(n[2])
                    .append(" | ").append(n[0] + n[1] + n[2]).append(" |\n");
            for (int i = 0; i < 3; i++) {
                total[i] += n[i];
            }
        });
        md.append("| **all** | ").append(total[0]).append(" | ").append(total[1]).append(" | ").append(total[2]).append(" | ")
                .append(total[0] + total[1] + total[2]).append(" |\n\n");
        md.append("| program | expected | got | grade | ms | why / message |\n|---|---|---|---|---:|---|\n");
        StringBuilder now = new StringBuilder("# Generated by ConformanceTest: the programs that do not get their expected verdict now.\n");
        for (Row r : rows.values()) {
            Outcome o = r.outcome();
            String detail = r.why().isEmpty() ? brief(o.message()) : String.join("; ", r.why())
                    + (o.crash() == null && o.message() != null && o.verdict() != Verdict.ERROR ? " — " + firstLine(o.message()) : "");
            md.append("| ").append(r.program().id()).append(" | ").append(expected(r.program().expect())).append(" | ")
                    .append(got(o)).append(" | ").append(r.grade().name().toLowerCase()).append(r.known() ? " (listed)" : "").append(" | ").append(o.millis())
                    .append(" | ").append(cell(detail)).append(" |\n");
            if (r.grade() != Grade.RIGHT) {
                now.append(r.program().id()).append("  ").append(r.grade().name().toLowerCase()).append(": ")
                        .append(String.join("; ", r.why()).replace("\n", " ")).append('\n');
            }
        }
        String table = md.toString();
        System.out.println("\n" + table.substring(0, table.indexOf("| program |")));
        Path target = Path.of(System.getProperty("basedir", "."), "target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("conformance.md"), table);
        Files.writeString(target.resolve("conformance-known-failures.now.txt"), now.toString());
    }

    static String expected(Expect x) {
        return switch (x.value()) {
            case COUNTEREXAMPLE -> "counterexample (" + String.join("|", x.kind()) + ")";
            case VERIFIED -> "verified";
            case VERIFIED_OR_BOUNDED -> "verified or bounded";
            case ERROR -> "error";
        };
    }

    static String got(Outcome o) {
        if (o.crash() != null) {
            return "crash";
        }
        return o.verdict() + (o.kind() == null ? "" : " (" + o.kind() + ")") + (o.complete() ? ", complete" : "")
                + ", " + o.executions() + " exec";
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String l = s.strip();
        int nl = l.indexOf('\n');
        l = nl < 0 ? l : l.substring(0, nl);
        return l.length() > 300 ? l.substring(0, 300) + "..." : l;
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    /** The first line of a message, and for an error with a stack the frame in the program (or the top one). */
    static String brief(String s) {
        if (s == null) {
            return "";
        }
        String first = firstLine(s);
        String frame = null;
        for (String l : s.split("\n")) {
            String t = l.strip();
            if (t.startsWith("at ")) {
                if (frame == null || t.contains(ROOT)) {
                    frame = t;
                }
                if (t.contains(ROOT)) {
                    break;
                }
            }
        }
        return frame == null ? first : first + " " + frame;
    }
}
