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

    @BeforeEach
    void fakeCheckout() throws IOException {
        Path script = Path.of("..", "tcheck").toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(script) && Files.isExecutable(Path.of("/bin/bash")), "needs the launcher and bash");
        Files.copy(script, root.resolve("tcheck"));
        Files.setPosixFilePermissions(root.resolve("tcheck"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(root.resolve("cli/target"));
        Files.writeString(root.resolve("cli/target/tcheck.jar"), "not really a jar");
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"[$a]\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Launched(int exitCode, List<String> javaArgs, String err) {
    }

    private Launched launch(String tcheckOpts, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/bash", root.resolve("tcheck").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", javaHome.toString());
        env.remove("TCHECK_OPTS");
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
        assertEquals(List.of("-Dtcheck.home=" + root.toRealPath(), "-Xshare:off", "-XX:+UseParallelGC", "-Xmx1g", "-Dfrom.env=1",
                        "-Dtcheck.debug=true", "-Xss2m"),
                l.javaArgs().subList(0, jar), l.javaArgs().toString());
        assertEquals(List.of("check", "race-counter", "--quiet"), l.javaArgs().subList(jar + 2, l.javaArgs().size()));
    }

    /** With the bridge jar built beside the jar, it goes on the boot class path and class-data sharing stays on. */
    @Test
    void theBridgeJarGoesOnTheBootClassPathWhenItIsNoOlderThanTheJar() throws Exception {
        Path bridge = root.resolve("cli/target/tcheck-bridge.jar");
        Files.writeString(bridge, "not really a jar either");
        Files.setLastModifiedTime(bridge, Files.getLastModifiedTime(root.resolve("cli/target/tcheck.jar")));
        List<String> args = launch(null, "list").javaArgs();
        assertTrue(args.contains("-Xbootclasspath/a:" + root.toRealPath().resolve("cli/target/tcheck-bridge.jar")), args.toString());
        assertTrue(!args.contains("-Xshare:off"), args.toString());

        // a bridge older than the jar is a leftover of another build: not used
        Files.setLastModifiedTime(bridge, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(root.resolve("cli/target/tcheck.jar")).toMillis() - 60_000));
        args = launch(null, "list").javaArgs();
        assertTrue(args.contains("-Xshare:off") && args.stream().noneMatch(a -> a.startsWith("-Xbootclasspath")), args.toString());
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
