package tcheck.scenarios.pcplock;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

/**
 * {@code pcp-lock/check-outside-lock}: P1 puts one item into a {@link CheckOutsideLockQueue}; C1 and
 * C2 both find the list non-empty without the lock, C1 removes the item under the lock, C2 then
 * calls {@code removeFirst()} on the empty list and dies of {@code NoSuchElementException}: the
 * {@code IndexError} that {@code 000_715c6142ede907d2.txt} line 829 warns of, in the producer/consumer
 * of lines 799-835 with the consumer's check (line 827) moved out of the {@code with lock:} block.
 */
public class CheckOutsideLockScenario extends PcpLockScenario {
    @Override
    public String variant() {
        return "check-outside-lock";
    }

    @Override
    public Expected expected() {
        return Expected.BUGGY;
    }

    @Override
    public String title() {
        return "isEmpty() checked outside the lock, removeFirst() inside";
    }

    @Override
    public String lesson() {
        return "Two consumers both see one item before either takes the lock; the first removes it, the second"
                + " removes from an empty list: NoSuchElementException (Python's IndexError). A check made"
                + " without the lock is stale by the time you act on it.";
    }

    @Override
    public String expectedKind() {
        return "exception";
    }

    @Override
    public Program newProgram(Bound bound) {
        CheckOutsideLockQueue queue = new CheckOutsideLockQueue();
        return new PollingProgram(bound, queue, () -> queue.items);
    }
}
