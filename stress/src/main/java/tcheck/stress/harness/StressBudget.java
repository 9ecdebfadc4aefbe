package tcheck.stress.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How long and with what settings jcstress runs: its mode preset, the test filter and the JVM
 * options of the forked test VMs. Read from system properties so {@code mvn verify -Dstress.mode=...}
 * reaches it.
 *
 * <p>The default ({@code quick}: 5 iterations of 200 ms per test and fork; no split compilation,
 * no heap pre-touch, one GC) showed the bug of every buggy variant in 10 of 10 runs on 2 cores, on
 * JDK 17 and on JDK 25, the rare torn read included. {@code sanity} runs 8 samples per test and
 * misses the lost update, so it is not a cheaper default.
 *
 * @param mode      jcstress preset: sanity, quick, default, tough, stress
 * @param tests     regex selecting tests by class name (jcstress {@code -t})
 * @param jvmArgs   options of the forked test VMs (jcstress {@code -jvmArgs}); fixing them also stops
 *                  jcstress from trying every VM flag combination it knows, which multiplies the time
 * @param extraArgs further jcstress options, space separated, appended last
 * @param timeout   the whole run's deadline; a hung test must fail the build, not stall it
 */
public record StressBudget(String mode, String tests, String jvmArgs, List<String> extraArgs, Duration timeout) {

    public static final String DEFAULT_MODE = "quick";
    public static final String DEFAULT_TESTS = "^tcheck\\.stress\\..*";
    public static final String DEFAULT_JVM_ARGS = "-XX:+UseParallelGC";

    public static StressBudget fromSystemProperties() {
        return new StressBudget(
                property("stress.mode", DEFAULT_MODE),
                property("stress.tests", DEFAULT_TESTS),
                property("stress.jvmArgs", DEFAULT_JVM_ARGS),
                words(property("stress.extraArgs", "")),
                Duration.ofMinutes(Long.parseLong(property("stress.timeoutMinutes", "20"))));
    }

    /** The jcstress command line after {@code java -cp CP}: the main class and its options. */
    public List<String> jcstressArguments(Path reportDir) {
        List<String> args = new ArrayList<>(List.of(
                "org.openjdk.jcstress.Main",
                "-m", mode,
                "-t", tests,
                "-sc", "false",
                "-pth", "false",
                "-r", reportDir.toString()));
        if (!jvmArgs.isBlank()) {
            args.add("-jvmArgs");
            args.add(jvmArgs);
        }
        args.addAll(extraArgs);
        return args;
    }

    @Override
    public String toString() {
        return "-m " + mode + " -t " + tests + " -sc false -pth false"
                + (jvmArgs.isBlank() ? "" : " -jvmArgs \"" + jvmArgs + "\"")
                + (extraArgs.isEmpty() ? "" : " " + String.join(" ", extraArgs));
    }

    private static String property(String name, String fallback) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }
}
