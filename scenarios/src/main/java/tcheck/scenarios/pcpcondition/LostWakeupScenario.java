package tcheck.scenarios.pcpcondition;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

/**
 * {@code pcp-condition/lost-wakeup}: 2 producers and 2 consumers over a {@link NotifyBuffer} of
 * capacity 1. A consumer's {@code notify()} wakes the other consumer instead of the waiting
 * producer; that consumer waits again, and the producer and it wait forever: all live threads wait.
 * It re-tells the single shared {@code condition} with {@code notify()} of
 * {@code 000_715c6142ede907d2.txt} lines 884-911, run by two producers and two consumers.
 */
public class LostWakeupScenario extends PcpConditionScenario {
    @Override
    public String variant() {
        return "lost-wakeup";
    }

    @Override
    public Expected expected() {
        return Expected.BUGGY;
    }

    @Override
    public String title() {
        return "one monitor, notify(): the wake-up goes to the wrong role";
    }

    @Override
    public String lesson() {
        return "Producers and consumers wait on the same monitor, and notify() wakes just one waiter, any one."
                + " When a consumer's notify() wakes another consumer, that consumer waits again and the producer"
                + " that should have woken never does: every thread ends up waiting. Use notifyAll(), or one"
                + " condition per role.";
    }

    @Override
    public String expectedKind() {
        return "deadlock";
    }

    @Override
    public String seed() {
        return "000_715c6142ede907d2.txt lines 884-911 (one Condition shared by producer and consumer, notify());"
                + " 002_e91a849d01495b10.txt lines 1128-1133 (advice against notify_all)";
    }

    @Override
    public Program newProgram(Bound bound) {
        NotifyBuffer buffer = new NotifyBuffer(bound.capacity());
        return new BufferProgram(bound, buffer, () -> buffer.items);
    }
}
