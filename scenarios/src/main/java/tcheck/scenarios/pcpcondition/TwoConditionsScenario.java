package tcheck.scenarios.pcpcondition;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

/**
 * {@code pcp-condition/two-conditions}: the same program over a {@link TwoConditionBuffer}:
 * {@code while} around each {@code await()}, a put signals only consumers, a take only producers:
 * {@code 002_e91a849d01495b10.txt} lines 1143-1175 ({@code SynchronizedQueue}) done right.
 */
public class TwoConditionsScenario extends PcpConditionScenario {
    @Override
    public String variant() {
        return "two-conditions";
    }

    @Override
    public Expected expected() {
        return Expected.FIXED;
    }

    @Override
    public String title() {
        return "ReentrantLock with notFull/notEmpty, while + signal()";
    }

    @Override
    public String lesson() {
        return "while re-checks the condition after every wake-up, so a barged or spurious wake-up just waits"
                + " again; separate notFull/notEmpty conditions mean every signal reaches a thread of the role"
                + " that can now proceed, so no wake-up is lost.";
    }

    @Override
    public String expectedKind() {
        return null;
    }

    @Override
    public String seed() {
        return "002_e91a849d01495b10.txt lines 1143-1175 (SynchronizedQueue's full/empty Conditions), fixed";
    }

    @Override
    public Program newProgram(Bound bound) {
        TwoConditionBuffer buffer = new TwoConditionBuffer(bound.capacity());
        return new BufferProgram(bound, buffer, () -> buffer.items);
    }
}
