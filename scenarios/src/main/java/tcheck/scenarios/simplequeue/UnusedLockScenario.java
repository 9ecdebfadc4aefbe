package tcheck.scenarios.simplequeue;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;
import tcheck.scenarios.pcpcondition.BufferProgram;

/**
 * {@code simple-queue/unused-lock}: two producers and two consumers over a {@link SimpleQueue} of two
 * places. Both producers write slot 0 before either advances {@code in}: item 1 is lost, and a consumer
 * takes the 0 of the slot nobody wrote. The seed's {@code SimpleQueue}
 * ({@code 002_e91a849d01495b10.txt} lines 1218-1250) with its lock (line 1230) unused, as written.
 */
public final class UnusedLockScenario extends SimpleQueueScenario {
    @Override
    public String variant() {
        return "unused-lock";
    }

    @Override
    public Expected expected() {
        return Expected.BUGGY;
    }

    @Override
    public String title() {
        return "two semaphores count, the lock is never taken: items lost or duplicated";
    }

    @Override
    public String lesson() {
        return "The semaphores only count items and free places; with room for two they let two producers in at"
                + " once. Both write the same slot before either advances the index: one item is overwritten (lost)"
                + " and a consumer reads a slot nobody wrote. Counting is not mutual exclusion: use the lock.";
    }

    @Override
    public String expectedKind() {
        return "invariant";
    }

    @Override
    public Program newProgram(Bound bound) {
        SimpleQueue queue = new SimpleQueue(bound.capacity());
        return new BufferProgram(bound, queue, queue::contents);
    }
}
