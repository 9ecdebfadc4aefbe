package tcheck.scenarios.pcpcondition;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

/**
 * {@code pcp-condition/notify-all}: the same program over a {@link NotifyAllBuffer}: one monitor and
 * {@code while} as in the lost-wakeup variant, but {@code notifyAll()}, so the thread that can
 * proceed is always among those woken: {@code 000_715c6142ede907d2.txt} lines 884-911 (one shared
 * condition) with {@code notify_all()} and {@code while}.
 */
public class NotifyAllScenario extends PcpConditionScenario {
    @Override
    public String variant() {
        return "notify-all";
    }

    @Override
    public Expected expected() {
        return Expected.FIXED;
    }

    @Override
    public String title() {
        return "synchronized, while + wait(), notifyAll()";
    }

    @Override
    public String lesson() {
        return "notifyAll() wakes every waiter; each re-checks its own condition in its while loop and proceeds"
                + " or waits again, so whichever thread can make progress is woken: no lost wake-up.";
    }

    @Override
    public String expectedKind() {
        return null;
    }

    @Override
    public String seed() {
        return "000_715c6142ede907d2.txt lines 884-911 (one shared Condition), with notify_all() and while";
    }

    @Override
    public Program newProgram(Bound bound) {
        NotifyAllBuffer buffer = new NotifyAllBuffer(bound.capacity());
        return new BufferProgram(bound, buffer, () -> buffer.items);
    }
}
