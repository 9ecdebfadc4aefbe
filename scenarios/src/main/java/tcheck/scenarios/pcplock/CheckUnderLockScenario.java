package tcheck.scenarios.pcplock;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

/**
 * {@code pcp-lock/check-under-lock}: the same program over {@link CheckUnderLockQueue}; the check and
 * the take are one critical section, so a consumer either gets an item nobody else gets or "Queue Empty".
 * This is the seed's own consumer, {@code 000_715c6142ede907d2.txt} lines 822-832.
 */
public class CheckUnderLockScenario extends PcpLockScenario {
    @Override
    public String variant() {
        return "check-under-lock";
    }

    @Override
    public Expected expected() {
        return Expected.FIXED;
    }

    @Override
    public String title() {
        return "isEmpty() and removeFirst() under one lock";
    }

    @Override
    public String lesson() {
        return "The consumer holds the lock from the emptiness check to the removal, so the item it saw is"
                + " still there when it takes it; an empty queue just means \"Queue Empty\", try again later.";
    }

    @Override
    public String expectedKind() {
        return null;
    }

    @Override
    public Program newProgram(Bound bound) {
        CheckUnderLockQueue queue = new CheckUnderLockQueue();
        return new PollingProgram(bound, queue, () -> queue.items);
    }
}
