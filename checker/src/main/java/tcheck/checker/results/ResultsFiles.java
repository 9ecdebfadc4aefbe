package tcheck.checker.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Reads and writes results JSON: one file per (scenario variant, engine) under a module's
 * {@code target/results/}. The directory can be moved with {@code -Dtcheck.results.dir=...}.
 */
public final class ResultsFiles {
    public static final String DIR_PROPERTY = "tcheck.results.dir";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsFiles() {
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
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(fileName(r));
            MAPPER.writeValue(file.toFile(), r);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + dir, e);
        }
    }

    public static Result read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), Result.class);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
