package tcheck.scenarios.racecounter;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

/**
 * {@code race-counter/synchronized}: the same program over {@link SynchronizedCounter}, whose
 * monitor makes each {@code count++} indivisible; every interleaving ends with threads x operations.
 * The seeds' lock fix: {@code 003_db7905cd5774b6a8.txt} lines 196-218, {@code 004_fbb8ff1068e5a4f0.txt}
 * lines 1163-1198.
 */
public class SynchronizedCounterScenario extends RaceCounterScenario {
    @Override
    public String variant() {
        return "synchronized";
    }

    @Override
    public Expected expected() {
        return Expected.FIXED;
    }

    @Override
    public String title() {
        return "count++ in synchronized methods";
    }

    @Override
    public String lesson() {
        return "A thread holds the counter's monitor from the read to the write of count++, so no other"
                + " increment can slip in between; the monitor release also publishes the new value.";
    }

    @Override
    public String expectedKind() {
        return null;
    }

    @Override
    public Program newProgram(Bound bound) {
        SynchronizedCounter counter = new SynchronizedCounter();
        return new CounterProgram(bound, counter, () -> counter.count);
    }
}
