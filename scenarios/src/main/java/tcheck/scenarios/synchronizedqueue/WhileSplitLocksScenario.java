package tcheck.scenarios.synchronizedqueue;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;
import tcheck.scenarios.pcpcondition.BufferProgram;

/**
 * {@code synchronized-queue/while-split-locks}: {@link WhileSplitLocksQueue}, the seed's queue
 * ({@code 002_e91a849d01495b10.txt} lines 1143-1175) with {@code while} for {@code if} and nothing
 * else. No wake-up is needed for the failure: C1 and C2 both check the one item, both let go of the
 * check's lock, and the second {@code removeFirst()} throws {@code NoSuchElementException}.
 */
public final class WhileSplitLocksScenario extends SynchronizedQueueScenario {
    @Override
    public String variant() {
        return "while-split-locks";
    }

    @Override
    public Expected expected() {
        return Expected.BUGGY;
    }

    @Override
    public String title() {
        return "while before wait(), but check and pop still under different locks";
    }

    @Override
    public String lesson() {
        return "The textbook fix, while instead of if, is applied and the queue still fails: a while re-checks only while it"
                + " holds the lock, and this consumer lets go of it before popping. Two consumers both see the one item"
                + " and the second pops from an empty list. Check and act must happen under one lock.";
    }

    @Override
    public String expectedKind() {
        return "exception";
    }

    @Override
    public String seed() {
        return "002_e91a849d01495b10.txt lines 1157-1175 (SynchronizedQueue put/get), with while for if: the split locks remain";
    }

    @Override
    public Program newProgram(Bound bound) {
        WhileSplitLocksQueue queue = new WhileSplitLocksQueue(bound.capacity());
        return new BufferProgram(bound, queue, () -> queue.items);
    }
}
