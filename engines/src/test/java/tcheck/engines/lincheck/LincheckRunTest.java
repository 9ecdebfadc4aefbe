package tcheck.engines.lincheck;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a Lincheck run that throws is: a failure it found but could not print, or its own breakdown. */
class LincheckRunTest {
    private static RuntimeException thrownAt(String className, String method) {
        RuntimeException e = new IndexOutOfBoundsException("Index 3 out of bounds for length 2");
        e.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.jetbrains.kotlinx.lincheck.trace.TraceNodesKt", "traceToTree", "TraceNodes.kt", 232),
                new StackTraceElement(className, method, "X.kt", 16)});
        return e;
    }

    @Test
    void aCrashWhileReportingAFailureIsTheFailure() {
        LincheckRun run = LincheckRun.capture(() -> {
            throw thrownAt("org.jetbrains.lincheck.LincheckAssertionError", "<init>");
        });
        assertTrue(run.failed() && !run.crashed(), run.text());
        assertTrue(run.headline().contains("report crashed"), run.headline());
    }

    @Test
    void anyOtherCrashIsLinchecksOwn() {
        LincheckRun run = LincheckRun.capture(() -> {
            throw thrownAt("org.jetbrains.lincheck.Lincheck", "runConcurrentTest");
        });
        assertTrue(run.crashed(), run.text());
        assertFalse(run.failed());
    }
}
