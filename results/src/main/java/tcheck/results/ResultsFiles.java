package tcheck.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes results JSON: one file per (scenario variant, engine) under a module's
 * {@code target/results/}. The directory can be moved with {@code -Dtcheck.results.dir=...}.
 *
 * <p>A file is written whole or not at all (a temporary file beside it, then a move), so a run
 * stopped by Ctrl-C never leaves half a result. Every file names the run that wrote it in a
 * top-level {@code "run"} field: one id per JVM ({@code -Dtcheck.run.id=...} to share one between
 * JVMs), starting with the UTC time the run started, so ids sort by time. Readers of {@link Result}
 * ignore the field; {@link #readRun(Path)} reads it.
 */
public final class ResultsFiles {
    public static final String DIR_PROPERTY = "tcheck.results.dir";
    public static final String RUN_PROPERTY = "tcheck.run.id";
    /** The field that carries the run id, beside the {@link Result} fields. */
    public static final String RUN_FIELD = "run";

    private static final String RUN_ID = newRunId();
    private static final java.util.concurrent.atomic.AtomicLong TEMP_NAMES = new java.util.concurrent.atomic.AtomicLong();

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsFiles() {
    }

    /**
     * Builds the JSON writer's serializers of the results contract's types in a daemon thread of its own,
     * so that the first {@link #write} does not: a command that writes results calls this before its first
     * search. Jackson makes a serializer the first time it meets a type (loading and inspecting classes in
     * the interpreter): the first file of {@code check all} took 125-170 ms, the others a few each.
     */
    public static void warmUpInBackground() {
        Thread t = new Thread(() -> {
            try {
                writeSample(OutputStream.nullOutputStream());
            } catch (IOException | RuntimeException e) {
                // only a warm-up: the real write says what is wrong, if anything is
            }
        }, "tcheck-json-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** Steps enough that the JIT compiles the serializers a step goes through, which a real trace's first write would wait for. */
    private static final int SAMPLE_STEPS = 300;

    /** Writes the warm-up's result as {@link #write} writes one. */
    static void writeSample(OutputStream out) throws IOException {
        MAPPER.writeValue(out, tree(sample()));
    }

    /** A result with a value of every type of the contract. */
    private static Result sample() {
        return Result.builder("warm", "up", "buggy", "explorer")
                .verdict(Verdict.COUNTEREXAMPLE).kind(FailureKind.DEADLOCK).complete(true).executions(1).millis(1).schedule("0")
                .preemptions(0).message("m").title("t").lesson("l").bound("2x1").strategy("auto").replay("r").failingStep(1)
                .trace(Collections.nCopies(SAMPLE_STEPS, new TraceStep(1, "T1", "read x -> 0", "X.java:1", Map.of("x", List.of(0, "-")),
                        List.of(StepMark.FAILS_HERE), "run", StepKind.READ, "x",
                        new SyncState(Map.of("T1", new ThreadSync(ThreadStatus.RUNNABLE, null)), Map.of("lock", "T1"),
                                Map.of("lock", List.of("T2"))))))
                .histogram(List.of(new Outcome("x=0", 1, 1.0, "ok", "d")))
                .details(Map.of("firstCounterexampleMillis", 1L, "races", List.of("r"))).build();
    }

    /** The default directory: {@code -Dtcheck.results.dir}, else {@code target/results} of the working directory. */
    public static Path defaultDir() {
        String configured = System.getProperty(DIR_PROPERTY);
        return configured != null ? Paths.get(configured) : Paths.get("target", "results");
    }

    /** The file name for a result: {@code family__variant__engine.json}. */
    public static String fileName(Result r) {
        return r.scenario() + "__" + r.variant() + "__" + r.engine() + ".json";
    }

    public static Path write(Result r) {
        return write(defaultDir(), r);
    }

    public static Path write(Path dir, Result r) {
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(fileName(r));
            ObjectNode tree = tree(r);
            removeAbandoned(dir, file.getFileName().toString());
            // not *.json, so a reader listing the directory never meets it half-written
            tmp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "-" + TEMP_NAMES.incrementAndGet() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                MAPPER.writeValue(out, tree);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + dir, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the write already failed; its exception says why
                }
            }
        }
    }

    /** The file's content: the result's fields, with this run's id after the schema version. */
    private static ObjectNode tree(Result r) {
        ObjectNode tree = MAPPER.createObjectNode();
        ObjectNode fields = MAPPER.valueToTree(r);
        tree.set("schema", fields.remove("schema"));
        tree.put(RUN_FIELD, RUN_ID);
        tree.setAll(fields);
        return tree;
    }

    /** Temporary files of this result left by a process that no longer runs (a run stopped while writing). */
    private static void removeAbandoned(Path dir, String name) {
        try (DirectoryStream<Path> left = Files.newDirectoryStream(dir, "." + name + ".*.tmp")) {
            for (Path p : left) {
                String rest = p.getFileName().toString().substring(name.length() + 2);
                int dash = rest.indexOf('-');
                try {
                    long pid = Long.parseLong(rest.substring(0, dash));
                    if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty()) {
                        Files.deleteIfExists(p);
                    }
                } catch (RuntimeException | IOException notOurs) {
                    // not a name this class made, or already gone: leave it
                }
            }
        } catch (IOException | RuntimeException e) {
            // tidying only: the write itself says whether the directory works
        }
    }

    /** The id of this JVM's run, written into every result. */
    public static String runId() {
        return RUN_ID;
    }

    /** The run id of a results file, or null (a file written before run ids, or not JSON). */
    public static String readRun(Path file) {
        try {
            JsonNode run = MAPPER.readTree(file.toFile()).get(RUN_FIELD);
            return run == null || !run.isTextual() ? null : run.asText();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String newRunId() {
        String configured = System.getProperty(RUN_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String time = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now());
        return time + "-" + ProcessHandle.current().pid();
    }

    public static Result read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), Result.class);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
