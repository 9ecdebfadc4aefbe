package tcheck.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** Mutation results on disk: {@code <results>/mutations/family__variant.json}, written whole or not at all. */
public final class MutationFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MutationFiles() {
    }

    public static Path dir(Path results) {
        return results.resolve(MutationResults.DIR);
    }

    public static Path write(Path results, MutationResults r) {
        Path dir = dir(results);
        Path file = dir.resolve(r.scenario() + "__" + r.variant() + ".json");
        Path tmp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.createDirectories(dir);
            MAPPER.writeValue(tmp.toFile(), r);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the write failed already; its exception says why
            }
            throw new UncheckedIOException("cannot write mutation results to " + dir, e);
        }
    }

    /**
     * Every mutation results file under the given results directories, in file-name order; a file
     * that cannot be read is a problem for the report's list, not a reason to stop.
     */
    public static List<MutationResults> readAll(List<Path> resultsDirs, List<Problem> problems) {
        List<MutationResults> out = new ArrayList<>();
        for (Path results : resultsDirs) {
            Path dir = dir(results);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
                ds.forEach(files::add);
            } catch (IOException e) {
                problems.add(new Problem(dir.toString(), "cannot list mutation results: " + e.getMessage()));
                continue;
            }
            files.sort(null);
            for (Path f : files) {
                try {
                    out.add(MAPPER.readValue(f.toFile(), MutationResults.class));
                } catch (IOException e) {
                    problems.add(new Problem(f.toString(), "not a mutation results file: " + e.getMessage()));
                }
            }
        }
        return out;
    }
}
