package tcheck.engines.lincheck;

import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.Options;

/**
 * Runs one Lincheck check and keeps what happened instead of letting the failure escape: whether
 * Lincheck reported a failure, its own text (scenario and interleaving trace), and the wall time.
 */
record LincheckRun(boolean failed, String text, long millis, boolean crashed) {

    /** Lincheck's data-structure API: {@code options.check(testClass)}. */
    static LincheckRun check(Options<?, ?> options, Class<?> testClass) {
        return capture(() -> options.check(testClass));
    }

    /** Any Lincheck entry point; a {@link LincheckAssertionError} is the failure it reports. */
    static LincheckRun capture(Runnable lincheck) {
        long start = System.nanoTime();
        try {
            lincheck.run();
            return new LincheckRun(false, null, elapsed(start), false);
        } catch (LincheckAssertionError e) {
            return new LincheckRun(true, e.getMessage(), elapsed(start), false);
        } catch (RuntimeException e) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            if (whileReporting(e)) {
                // Lincheck found a failure and broke down writing its report (its trace printer, seen on
                // pcp-condition/if-wait under runConcurrentTest): a finding, without Lincheck's trace
                return new LincheckRun(true, "= Lincheck found a failure but its report crashed =\n" + trace, elapsed(start), false);
            }
            // Lincheck itself broke down: neither a finding nor a pass; recorded as an error
            return new LincheckRun(false, trace.toString(), elapsed(start), true);
        }
    }

    /** Thrown while Lincheck built the error that reports a failure it found. */
    private static boolean whileReporting(Throwable e) {
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().equals(LincheckAssertionError.class.getName()) && f.getMethodName().equals("<init>")) {
                return true;
            }
        }
        return false;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The failure's headline, e.g. "= Invalid execution results =". */
    String headline() {
        if (crashed) {
            return text.lines().findFirst().orElse("");
        }
        if (text == null) {
            return null;
        }
        return text.lines().map(String::strip).filter(l -> l.startsWith("=")).findFirst()
                .orElse(text.lines().findFirst().orElse(""));
    }
}
