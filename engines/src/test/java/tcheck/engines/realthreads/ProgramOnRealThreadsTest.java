package tcheck.engines.realthreads;

import org.junit.jupiter.api.Test;
import tcheck.scenario.Program;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A program whose threads left its data corrupted: the final check crashing is the bug showing, never the engine's failure. */
class ProgramOnRealThreadsTest {
    @Test
    void aFinalCheckThatCrashesIsTheProgramsExceptionAndAnUnreadableStateIsSaidSo() {
        Program corrupted = new Program() {
            @Override
            public void run() {
            }

            @Override
            public void check() {
                throw new NullPointerException("Cannot read field \"next\" because \"this.next\" is null");
            }

            @Override
            public Map<String, Object> sharedState() {
                throw new IllegalStateException("list corrupted");
            }
        };
        ProgramOnRealThreads.Run r = ProgramOnRealThreads.run(corrupted, Duration.ofSeconds(10));
        assertTrue(r.finished());
        assertFalse(r.clean(), "a crashed final check is a failure of the run");
        assertEquals(1, r.uncaught().size(), r.uncaught().toString());
        assertTrue(r.uncaught().get(0).startsWith("main (final check): java.lang.NullPointerException"), r.uncaught().get(0));
        assertEquals(Map.of("unreadable", "java.lang.IllegalStateException: list corrupted"), r.finalState());
    }
}
