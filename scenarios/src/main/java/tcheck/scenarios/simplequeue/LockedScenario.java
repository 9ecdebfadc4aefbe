package tcheck.scenarios.simplequeue;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;
import tcheck.scenarios.pcpcondition.BufferProgram;

/**
 * {@code simple-queue/locked}: the same program over a {@link LockedSimpleQueue}: the semaphores count,
 * the lock (the seed's {@code self.lock}, {@code 002_e91a849d01495b10.txt} line 1230) guards the slot
 * and the index, taken after the semaphore. Every item comes out exactly once.
 */
public final class LockedScenario extends SimpleQueueScenario {
    @Override
    public String variant() {
        return "locked";
    }

    @Override
    public Expected expected() {
        return Expected.FIXED;
    }

    @Override
    public String title() {
        return "semaphores count, the lock guards slot and index";
    }

    @Override
    public String lesson() {
        return "The semaphores decide who may go ahead (items for consumers, places for producers); the lock makes"
                + " writing a slot and advancing the index one step. Take the semaphore first, then the lock, so"
                + " nobody waits for a place while holding the lock.";
    }

    @Override
    public String expectedKind() {
        return null;
    }

    @Override
    public Program newProgram(Bound bound) {
        LockedSimpleQueue queue = new LockedSimpleQueue(bound.capacity());
        return new BufferProgram(bound, queue, queue::contents);
    }
}
