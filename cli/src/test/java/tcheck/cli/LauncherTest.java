package tcheck.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The {@code ./tcheck} launcher passes JVM options (TCHECK_OPTS, -J...) to java, so a hint such as
 * "rerun with -J-Dtcheck.debug=true" can be followed. The script runs in a copy of the checkout that
 * holds only it and a jar newer than every source (so it does not build), with a "java" that prints
 * the arguments it was given.
 */
class LauncherTest {
    @TempDir
    Path root;
    @TempDir
    Path javaHome;
    /** Where the user types the command. */
    @TempDir
    Path workingDirectory;

    @BeforeEach
    void fakeCheckout() throws IOException {
        Path script = Path.of("..", "tcheck").toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(script) && Files.isExecutable(Path.of("/bin/bash")), "needs the launcher and bash");
        Files.copy(script, root.resolve("tcheck"));
        Files.setPosixFilePermissions(root.resolve("tcheck"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(root.resolve("cli/target"));
        Files.writeString(root.resolve("cli/target/tcheck.jar"), "not really a jar");
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        // the run that makes the sharing archive is logged, and writes it when MAKE_ARCHIVE is set
        // with CRASH set it dies as a JVM does, leaving its error report where -XX:ErrorFile says, else in the working directory
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do case \"$a\" in -XX:ArchiveClassesAtExit=*|-XX:AOTCacheOutput=*) echo \"$a\" >> '"
                + javaHome.resolve("archive-runs") + "'; [ -n \"$MAKE_ARCHIVE\" ] && echo archive > \"${a#*=}\";"
                + " if [ -n \"$CRASH\" ]; then report=hs_err_pid$$.log; for e in \"$@\"; do case \"$e\" in -XX:ErrorFile=*)"
                + " report=$(echo \"${e#*=}\" | sed \"s/%p/$$/\");; esac; done; echo crash > \"$report\"; exit 134; fi;; esac; done\n"
                + "for a in \"$@\"; do echo \"[$a]\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Launched(int exitCode, List<String> javaArgs, String err) {
    }

    private Launched launch(String tcheckOpts, String... args) throws Exception {
        return launchWith(Map.of(), tcheckOpts, args);
    }

    private Launched launchWith(Map<String, String> extraEnv, String tcheckOpts, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/bash", root.resolve("tcheck").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workingDirectory.toFile());
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", javaHome.toString());
        env.remove("TCHECK_OPTS");
        env.remove("MAKE_ARCHIVE");
        env.remove("CRASH");
        env.putAll(extraEnv);
        if (tcheckOpts != null) {
            env.put("TCHECK_OPTS", tcheckOpts);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        List<String> javaArgs = out.lines().map(l -> l.substring(1, l.length() - 1)).toList();
        return new Launched(p.exitValue(), javaArgs, err);
    }

    @Test
    void dashJOptionsAndTcheckOptsGoToTheJvmBeforeTheJar() throws Exception {
        Launched l = launch("-Xmx1g  -Dfrom.env=1", "-J-Dtcheck.debug=true", "check", "race-counter", "-J-Xss2m", "--quiet");
        assertEquals(0, l.exitCode(), l.err());
        int jar = l.javaArgs().indexOf("-jar");
        assertEquals(List.of("-Dtcheck.home=" + root.toRealPath(), "-Dtcheck.jdk.cache=" + root.toRealPath().resolve("cli/target/cds"),
                        "-XX:+UseParallelGC", "-Xmx1g", "-Dfrom.env=1",
                        "-Dtcheck.debug=true", "-Xss2m"),
                l.javaArgs().subList(0, jar), l.javaArgs().toString());
        assertEquals(List.of("check", "race-counter", "--quiet"), l.javaArgs().subList(jar + 2, l.javaArgs().size()));
    }

    /**
     * After a build, the first command makes an archive of tcheck's classes for class-data sharing (a run
     * that writes it at exit), and every command after it starts from that archive without making it again.
     */
    @Test
    void theFirstCommandAfterABuildMakesTheSharingArchiveAndTheNextOnesUseIt() throws Exception {
        Launched first = launchWith(Map.of("MAKE_ARCHIVE", "1"), null, "list");
        assertEquals(1, archiveRuns(), "one run made the archive");
        Path archive = onlyArchive();
        assertTrue(first.javaArgs().contains("-XX:SharedArchiveFile=" + archive), first.javaArgs().toString());
        assertTrue(first.javaArgs().contains("-Xlog:cds=off"), "an archive the JVM refuses is not a warning on every run");
        Launched second = launchWith(Map.of("MAKE_ARCHIVE", "1"), null, "list");
        assertEquals(1, archiveRuns(), "not made again");
        assertTrue(second.javaArgs().contains("-XX:SharedArchiveFile=" + archive), second.javaArgs().toString());
        assertEquals("", second.err());

        // after a new build (the archive older than the jar) it is made again
        Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(root.resolve("cli/target/tcheck.jar")).toMillis() - 60_000));
        Launched rebuilt = launchWith(Map.of("MAKE_ARCHIVE", "1"), null, "list");
        assertEquals(2, archiveRuns());
        assertTrue(rebuilt.javaArgs().contains("-XX:SharedArchiveFile=" + archive), rebuilt.javaArgs().toString());
    }

    /** A JDK updated in place (the same path, another release file) gets an archive of its own, the old one left alone. */
    @Test
    void aJdkUpdatedInPlaceGetsAnArchiveOfItsOwn() throws Exception {
        Files.writeString(javaHome.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
        launchWith(Map.of("MAKE_ARCHIVE", "1"), null, "list");
        Path before = onlyArchive();
        Files.writeString(javaHome.resolve("release"), "JAVA_VERSION=\"17.0.16\"\n");
        Launched after = launchWith(Map.of("MAKE_ARCHIVE", "1"), null, "list");
        assertEquals(2, archiveRuns());
        assertTrue(after.javaArgs().stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile=") && !a.endsWith(before.toString())),
                after.javaArgs().toString());
    }

    /** From JDK 25 on (as the JDK's release file says), the archive is the JDK's ahead-of-time cache. */
    @Test
    void fromJdk25OnTheArchiveIsTheAheadOfTimeCache() throws Exception {
        Files.writeString(javaHome.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.1\"\n");
        Launched l = launchWith(Map.of("MAKE_ARCHIVE", "1"), null, "list");
        assertTrue(Files.readString(javaHome.resolve("archive-runs")).startsWith("-XX:AOTCacheOutput="));
        try (var files = Files.list(root.resolve("cli/target/cds"))) {
            Path cache = files.filter(f -> f.toString().endsWith(".aot")).findFirst().orElseThrow().toRealPath();
            assertTrue(l.javaArgs().contains("-XX:AOTCache=" + cache), l.javaArgs().toString());
            assertTrue(l.javaArgs().stream().noneMatch(a -> a.startsWith("-XX:SharedArchiveFile")), l.javaArgs().toString());
        }
    }

    /** Making an archive after a build removes what earlier builds left there, for any JDK (the JVM would refuse it now). */
    @Test
    void makingAnArchiveRemovesThoseOfEarlierBuilds() throws Exception {
        Path cds = Files.createDirectories(root.resolve("cli/target/cds"));
        FileTime older = FileTime.fromMillis(Files.getLastModifiedTime(root.resolve("cli/target/tcheck.jar")).toMillis() - 60_000);
        for (String name : List.of("123.jsa", "456.aot", "456.aot.failed", "jdk-abc.classes")) {
            Files.setLastModifiedTime(Files.writeString(cds.resolve(name), "an earlier build's"), older);
        }
        launchWith(Map.of("MAKE_ARCHIVE", "1"), null, "list");
        try (var files = Files.list(cds)) {
            List<String> left = files.map(f -> f.getFileName().toString()).toList();
            assertEquals(1, left.size(), left.toString());
            assertTrue(left.get(0).endsWith(".jsa") && !left.get(0).equals("123.jsa"), left.toString());
        }
    }

    /** A JVM that cannot write the archive: the command runs without it, and the next does not try again until a new build. */
    @Test
    void withoutAnArchiveTheCommandRunsAsItIsAndDoesNotTryAgainUntilTheNextBuild() throws Exception {
        Launched first = launch(null, "list");
        assertEquals(1, archiveRuns());
        assertTrue(first.javaArgs().stream().noneMatch(a -> a.startsWith("-XX:SharedArchiveFile")), first.javaArgs().toString());
        assertEquals(0, first.exitCode(), first.err());
        launch(null, "list");
        assertEquals(1, archiveRuns(), "not tried again for the same build");
        try (var files = Files.list(root.resolve("cli/target/cds"))) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")), "no half-written archive left");
        }
    }

    /** A JVM that crashes making the archive leaves its error report nowhere the user would find it in the way. */
    @Test
    void aCrashMakingTheArchiveLeavesNoErrorReportBehind() throws Exception {
        Launched l = launchWith(Map.of("CRASH", "1"), null, "list");
        assertEquals(1, archiveRuns());
        assertEquals(0, l.exitCode(), l.err());
        assertEquals("", l.err());
        assertTrue(l.javaArgs().contains("list"), l.javaArgs().toString());
        for (Path d : List.of(workingDirectory, root, root.resolve("cli/target/cds"))) {
            try (var files = Files.list(d)) {
                assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith("hs_err")).toList(), d.toString());
            }
        }
    }

    /** Where the archive cannot be written (here its directory is a file), the command runs as it is. */
    @Test
    void aCheckoutWhereTheArchiveCannotBeWrittenStillRuns() throws Exception {
        Files.writeString(root.resolve("cli/target/cds"), "not a directory");
        Launched l = launchWith(Map.of("MAKE_ARCHIVE", "1"), null, "list");
        assertEquals(0, l.exitCode(), l.err());
        assertEquals("", l.err());
        assertTrue(l.javaArgs().contains("list") && l.javaArgs().stream().noneMatch(a -> a.startsWith("-XX:SharedArchiveFile")),
                l.javaArgs().toString());
    }

    private int archiveRuns() throws IOException {
        Path log = javaHome.resolve("archive-runs");
        return Files.exists(log) ? Files.readAllLines(log).size() : 0;
    }

    private Path onlyArchive() throws IOException {
        try (var files = Files.list(root.resolve("cli/target/cds"))) {
            List<Path> archives = files.filter(f -> f.toString().endsWith(".jsa")).toList();
            assertEquals(1, archives.size(), archives.toString());
            return archives.get(0).toRealPath();
        }
    }

    /** The launcher's collector gives way to the user's: two collectors on one command line are a JVM error. */
    @Test
    void aCollectorTheUserChoosesReplacesTheLaunchersOwn() throws Exception {
        List<String> args = launch("-XX:+UseG1GC", "list").javaArgs();
        assertTrue(args.contains("-XX:+UseG1GC") && !args.contains("-XX:+UseParallelGC"), args.toString());
        args = launch(null, "-J-XX:+UseSerialGC", "list").javaArgs();
        assertTrue(args.contains("-XX:+UseSerialGC") && !args.contains("-XX:+UseParallelGC"), args.toString());
    }

    @Test
    void argumentsWithSpacesAndAfterADoubleDashAreKeptAsTheyAre() throws Exception {
        Launched l = launch(null, "run", "--class", "a b", "--", "-Jnot-an-option");
        int jar = l.javaArgs().indexOf("-jar");
        assertEquals(List.of("run", "--class", "a b", "--", "-Jnot-an-option"), l.javaArgs().subList(jar + 2, l.javaArgs().size()));
    }

    @Test
    void aBareDashJIsBadInput() throws Exception {
        Launched l = launch(null, "-J", "list");
        assertEquals(2, l.exitCode());
        assertTrue(l.err().startsWith("tcheck: -J needs a JVM option"), l.err());
        assertTrue(l.javaArgs().isEmpty(), l.javaArgs().toString());
    }

    /** The hint an internal error prints is a command the launcher runs with the debug property set. */
    @Test
    void theInternalErrorHintCanBeFollowedThroughTheLauncher() throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setErr(new PrintWriter(err, true));
        CommandLine.ParseResult parsed = cmd.parseArgs("report", "--summary");
        int code = new CrashHandler().handleExecutionException(new IllegalStateException("boom"), cmd, parsed);
        assertEquals(4, code);
        String hint = err.toString().replaceAll("(?s).*rerun as: (.*)\\)\\s*$", "$1");
        assertEquals("./tcheck -J-Dtcheck.debug=true report --summary", hint, err.toString());
        Launched l = launch(null, hint.substring("./tcheck ".length()).split(" "));
        assertTrue(l.javaArgs().indexOf("-Dtcheck.debug=true") < l.javaArgs().indexOf("-jar"), l.javaArgs().toString());
    }
}
