package tcheck.scenarios.racecounter;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

/**
 * {@code race-counter/atomic}: the same program over {@link AtomicCounter}; the increment is one
 * atomic read-modify-write, so every interleaving ends with threads x operations. The same program
 * as the seeds' race counters ({@code 003_db7905cd5774b6a8.txt} lines 159-179,
 * {@code 004_fbb8ff1068e5a4f0.txt} lines 1080-1116), fixed without a lock.
 */
public class AtomicCounterScenario extends RaceCounterScenario {
    @Override
    public String variant() {
        return "atomic";
    }

    @Override
    public Expected expected() {
        return Expected.FIXED;
    }

    @Override
    public String title() {
        return "AtomicInteger.incrementAndGet()";
    }

    @Override
    public String lesson() {
        return "incrementAndGet() reads, adds and writes as one indivisible compare-and-set, so no"
                + " increment is lost and no thread ever waits for a lock.";
    }

    @Override
    public String expectedKind() {
        return null;
    }

    @Override
    public Program newProgram(Bound bound) {
        AtomicCounter counter = new AtomicCounter();
        return new CounterProgram(bound, counter, () -> counter.count.get());
    }
}
