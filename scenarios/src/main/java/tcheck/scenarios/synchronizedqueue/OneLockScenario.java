package tcheck.scenarios.synchronizedqueue;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;
import tcheck.scenarios.pcpcondition.BufferProgram;

/**
 * {@code synchronized-queue/while-one-lock}: {@link OneLockQueue}: {@code full} and {@code empty} made from
 * one lock ({@code Condition(self.qlock)} in Python), {@code while} around each wait, check and act in
 * one critical section: the seed's queue ({@code 002_e91a849d01495b10.txt} lines 1143-1175) fixed twice.
 */
public final class OneLockScenario extends SynchronizedQueueScenario {
    @Override
    public String variant() {
        return "while-one-lock";
    }

    @Override
    public Expected expected() {
        return Expected.FIXED;
    }

    @Override
    public String title() {
        return "while before wait(), check and pop under one lock with two conditions";
    }

    @Override
    public String lesson() {
        return "Both conditions belong to the queue's one lock, and each operation checks, waits and acts inside one critical"
                + " section: the item a consumer saw is still there when it pops, and a woken consumer looks again"
                + " before acting. Fixing only the if, or only the locks, is not enough; this does both.";
    }

    @Override
    public String expectedKind() {
        return null;
    }

    @Override
    public String seed() {
        return "002_e91a849d01495b10.txt lines 1143-1175 (SynchronizedQueue), fixed: Condition(self.qlock) for both, while, one critical section";
    }

    @Override
    public Program newProgram(Bound bound) {
        OneLockQueue queue = new OneLockQueue(bound.capacity());
        return new BufferProgram(bound, queue, () -> queue.items);
    }
}
