package tcheck.scenarios.pcpcondition;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

/**
 * {@code pcp-condition/if-wait}: 2 producers and 2 consumers over an {@link IfWaitBuffer} of
 * capacity 1. C1 waits on the empty buffer, P1 puts and signals, C2 barges in and takes the item,
 * C1 wakes, skips the re-check and dies of {@code NoSuchElementException} in {@code removeFirst()}.
 * It re-tells {@code SynchronizedQueue} of {@code 002_e91a849d01495b10.txt} lines 1143-1175 (two
 * conditions, {@code if} before {@code wait()}, 1 producer and 4 consumers at lines 1195-1199) and
 * the consumer of {@code 000_715c6142ede907d2.txt} lines 903-908.
 */
public class IfWaitScenario extends PcpConditionScenario {
    @Override
    public String variant() {
        return "if-wait";
    }

    @Override
    public Expected expected() {
        return Expected.BUGGY;
    }

    @Override
    public String title() {
        return "if (empty) await() instead of while: woken consumer finds the buffer empty";
    }

    @Override
    public String lesson() {
        return "A signal only says the buffer was non-empty once. Before the woken consumer gets the lock back,"
                + " another consumer can take the item; with `if` the woken one does not look again and removes"
                + " from an empty list: NoSuchElementException. Always wait in a while loop.";
    }

    @Override
    public String expectedKind() {
        return "exception";
    }

    @Override
    public String seed() {
        return "002_e91a849d01495b10.txt lines 1143-1175 (SynchronizedQueue, two Conditions, if before wait),"
                + " 1195-1199 (1 producer, 4 consumers); 000_715c6142ede907d2.txt lines 903-908 (if not queue: wait)";
    }

    @Override
    public Program newProgram(Bound bound) {
        IfWaitBuffer buffer = new IfWaitBuffer(bound.capacity());
        return new BufferProgram(bound, buffer, () -> buffer.items);
    }
}
