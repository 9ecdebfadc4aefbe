package tcheck.scenarios.synchronizedqueue;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;
import tcheck.scenarios.pcpcondition.BufferProgram;

/**
 * {@code synchronized-queue/if-split-locks}: the seed's {@code SynchronizedQueue} as written
 * ({@link SplitLocksQueue}), {@code 002_e91a849d01495b10.txt} lines 1143-1175, with 2 producers and 2
 * consumers over a capacity of 1 (the seed runs 1 producer and 4 consumers, lines 1195-1199). Both
 * consumers see the one item, the second pops from an empty list: {@code NoSuchElementException}.
 */
public final class IfSplitLocksScenario extends SynchronizedQueueScenario {
    @Override
    public String variant() {
        return "if-split-locks";
    }

    @Override
    public Expected expected() {
        return Expected.BUGGY;
    }

    @Override
    public String title() {
        return "the seed as written: if before wait(), check and pop under different locks";
    }

    @Override
    public String lesson() {
        return "Two bugs at once. The famous one: if instead of while before wait(). The quiet one: the consumer checks"
                + " \"not empty\" under one lock, lets go, and pops under another, so two consumers can both see one"
                + " item and the second pops from an empty list: NoSuchElementException (the seed's IndexError).";
    }

    @Override
    public String expectedKind() {
        return "exception";
    }

    @Override
    public String seed() {
        return "002_e91a849d01495b10.txt lines 1143-1175 (SynchronizedQueue: Conditions full and empty, each with its own lock,"
                + " and qlock; if before wait(); check under one lock, popleft under others), 1195-1199 (1 producer, 4 consumers)";
    }

    @Override
    public Program newProgram(Bound bound) {
        SplitLocksQueue queue = new SplitLocksQueue(bound.capacity());
        return new BufferProgram(bound, queue, () -> queue.items);
    }
}
