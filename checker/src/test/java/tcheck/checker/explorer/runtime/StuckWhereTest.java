package tcheck.checker.explorer.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A thread that made no progress is the program's when it waits in code the checker does not control,
 * and the checker's own fault when it waits for its turn in the explorer's hand-off: the error must say
 * which, never present tcheck's failure as the program's.
 */
class StuckWhereTest {
    private static StackTraceElement frame(String cls, String method) {
        return new StackTraceElement(cls, method, null, -1);
    }

    @Test
    void aThreadParkedInTheExplorersHandOffIsTheCheckersFault() {
        assertTrue(Execution.waitsInTheExplorer(new StackTraceElement[] {
                frame("jdk.internal.misc.Unsafe", "park"),
                frame("java.util.concurrent.locks.LockSupport", "park"),
                frame("tcheck.checker.explorer.runtime.Baton", "take"),
                frame("tcheck.checker.explorer.runtime.Execution", "perform"),
                frame("demo.Consumer", "run")}));
        assertTrue(Execution.waitsInTheExplorer(new StackTraceElement[] {
                frame("tcheck.checker.explorer.runtime.VirtualCarriers", "unblocked"),
                frame("demo.Consumer", "run")}));
    }

    @Test
    void aThreadBlockedInTheJdkForTheProgramIsTheProgramsOwn() {
        assertFalse(Execution.waitsInTheExplorer(new StackTraceElement[] {
                frame("java.lang.Object", "wait0"),
                frame("java.io.PipedInputStream", "read"),
                frame("demo.BlocksForever", "lambda$run$0"),
                frame("tcheck.checker.explorer.runtime.Execution", "runThreadBody")}));
        assertFalse(Execution.waitsInTheExplorer(new StackTraceElement[] {frame("demo.Spin", "run")}));
        assertFalse(Execution.waitsInTheExplorer(new StackTraceElement[0]));
    }
}
