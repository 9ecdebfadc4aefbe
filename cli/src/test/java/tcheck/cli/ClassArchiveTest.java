package tcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tcheck.engines.Jdks;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The class archive the launcher makes after each build (see {@code ./tcheck}) can be made by the
 * real JVMs from tcheck's real classes, with the launcher's training command. A JVM that fails to
 * make it does so without a word (the launcher leaves a mark and runs without), so only this test
 * tells: JDK 25 once crashed writing its ahead-of-time cache because of one method reference in
 * {@code Main}. The archives are made from jars, as the launcher's are (a directory on the class path
 * cannot be archived).
 */
class ClassArchiveTest {
    @TempDir
    Path dir;

    @Test
    void jdk17MakesItsDynamicArchive() throws Exception {
        Optional<Path> jdk = Jdks.find(17);
        assumeTrue(jdk.isPresent(), "no JDK 17 here");
        Path archive = dir.resolve("tcheck.jsa");
        assertMade(jdk.get(), archive, "-XX:ArchiveClassesAtExit=" + archive);
    }

    @Test
    void jdk25MakesItsAheadOfTimeCache() throws Exception {
        Optional<Path> jdk = Jdks.find(25);
        assumeTrue(jdk.isPresent(), "no JDK 25 here");
        Path cache = dir.resolve("tcheck.aot");
        assertMade(jdk.get(), cache, "-XX:AOTCacheOutput=" + cache);
    }

    private void assertMade(Path jdk, Path archive, String make) throws Exception {
        List<String> command = new ArrayList<>(List.of(jdk.resolve("bin/java").toString(), make,
                "-XX:ErrorFile=" + dir.resolve("hs_err_%p.log"), "-XX:+UseParallelGC", "-Dtcheck.jdk.control=false",
                "-cp", jarredClassPath(), "tcheck.cli.Main",
                // the launcher's training command
                "check", "race-counter/unsynchronized", "pcp-condition/if-wait", "--results", dir.resolve("results").toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), out);
        assertTrue(Files.isRegularFile(archive) && Files.size(archive) > 1_000_000,
                "no archive made by " + jdk + ":\n" + String.join("\n", out.lines()
                        .filter(l -> l.startsWith("#  ") || l.contains("[error")).toList()));
    }

    /** This test's class path with each directory made a jar. */
    private String jarredClassPath() throws IOException {
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(e);
            if (Files.isDirectory(p)) {
                Path jar = dir.resolve("classes-" + n++ + ".jar");
                jar(p, jar);
                entries.add(jar.toString());
            } else if (Files.isRegularFile(p)) {
                entries.add(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                j.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, j);
                j.closeEntry();
            }
        }
    }
}
