package tcheck.results.text;

import org.junit.jupiter.api.Test;
import tcheck.results.FailureKind;
import tcheck.results.Result;
import tcheck.results.StepKind;
import tcheck.results.StepMark;
import tcheck.results.TraceStep;
import tcheck.results.Verdict;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WhyItFailsTest {
    private static TraceStep step(int n, String thread, String action, String location, StepMark... marks) {
        return new TraceStep(n, thread, action, "ReadyFlag.java:17", Map.of(), List.of(marks), null,
                action.startsWith("read") ? StepKind.READ : StepKind.WRITE, location);
    }

    /**
     * A flag published without ordering: the writer's data and flag, the reader's flag and data, four
     * racing steps in two races. The read of the flag races with the write of the flag, not with the
     * write of the data that comes first in the trace.
     */
    @Test
    void aRacingReadIsToldWithTheWriteOfTheSameLocation() {
        Result r = Result.builder("f", "v", "buggy", "explorer").verdict(Verdict.COUNTEREXAMPLE).kind(FailureKind.DATA_RACE)
                .trace(List.of(
                        step(3, "Thread-0", "write data <- 42", "Plain#1.data", StepMark.RACE),
                        step(4, "Thread-0", "write ready <- true", "Plain#1.ready", StepMark.RACE),
                        step(6, "Thread-1", "read ready -> true", "Plain#1.ready", StepMark.RACE, StepMark.FAILS_HERE),
                        step(7, "Thread-1", "read data -> 42", "Plain#1.data", StepMark.RACE)))
                .build();
        assertEquals(List.of("At step 6 Thread-1 read ready -> true with nothing ordering it after Thread-0's step 4 (write ready <- true)."),
                WhyItFails.brief(r));
    }

    /** Without locations (another engine's trace), the nearest racing step of another thread before it. */
    @Test
    void withoutLocationsTheNearestEarlierRacingStepOfAnotherThread() {
        Result r = Result.builder("f", "v", "buggy", "explorer").verdict(Verdict.COUNTEREXAMPLE).kind(FailureKind.DATA_RACE)
                .trace(List.of(
                        step(2, "T1", "write x <- 1", null, StepMark.RACE),
                        step(3, "T1", "write y <- 1", null, StepMark.RACE),
                        step(5, "T2", "read y -> 1", null, StepMark.RACE, StepMark.FAILS_HERE)))
                .build();
        assertEquals(List.of("At step 5 T2 read y -> 1 with nothing ordering it after T1's step 3 (write y <- 1)."), WhyItFails.brief(r));
    }

    /**
     * A deadlock: each blocked thread is told with its last step and what it waits on after it (from the last
     * step's synchronization state), not as if its last step held it; a thread whose state names nothing waits.
     */
    @Test
    void aDeadlockSaysWhatEachThreadWaitsOnAfterItsLastStep() {
        tcheck.results.SyncState end = new tcheck.results.SyncState(Map.of(
                "main", new tcheck.results.ThreadSync(tcheck.results.ThreadStatus.WAITING, "Thread-0"),
                "Thread-0", new tcheck.results.ThreadSync(tcheck.results.ThreadStatus.WAITING, null),
                "T2", new tcheck.results.ThreadSync(tcheck.results.ThreadStatus.BLOCKED, "lock")), Map.of(), Map.of());
        Result r = Result.builder("f", "v", "buggy", "explorer").verdict(Verdict.COUNTEREXAMPLE).kind(FailureKind.DEADLOCK)
                .trace(List.of(
                        step(3, "main", "unpark Thread-0", null, StepMark.BLOCKS_FOREVER),
                        step(4, "T2", "write x <- 1", null, StepMark.BLOCKS_FOREVER),
                        new TraceStep(5, "Thread-0", "park() resumes", "P.java:9", Map.of(), List.of(StepMark.BLOCKS_FOREVER, StepMark.FAILS_HERE),
                                null, StepKind.WAKE, null, end)))
                .build();
        assertEquals(List.of("After step 5 no thread can go on: main, after its step 3 (unpark Thread-0), waits on Thread-0;"
                + " T2, after its step 4 (write x <- 1), waits to take lock; Thread-0, after its step 5 (park() resumes), waits."),
                WhyItFails.brief(r));
    }

    /** A lock taken by a thread that then ended still holding it: the take is the culprit, said as such. */
    @Test
    void aLockKeptByAThreadThatEndedIsSaidSo() {
        tcheck.results.SyncState end = new tcheck.results.SyncState(Map.of(
                "Thread-0", new tcheck.results.ThreadSync(tcheck.results.ThreadStatus.DONE, null),
                "Thread-1", new tcheck.results.ThreadSync(tcheck.results.ThreadStatus.BLOCKED, "lock")),
                Map.of("lock", "Thread-0"), Map.of());
        Result r = Result.builder("f", "v", "buggy", "explorer").verdict(Verdict.COUNTEREXAMPLE).kind(FailureKind.DEADLOCK)
                .trace(List.of(
                        new TraceStep(3, "Thread-0", "lock lock", "G.java:10", Map.of(), List.of(StepMark.FAILS_HERE), null,
                                StepKind.ACQUIRE, null, null),
                        new TraceStep(4, "main", "join Thread-0", "G.java:20", Map.of(), List.of(), null, StepKind.JOIN, null, end)))
                .build();
        assertEquals(List.of("At step 3 Thread-0 lock lock, and ends still holding lock: every thread that wants it waits for ever."),
                WhyItFails.brief(r));
    }
}
