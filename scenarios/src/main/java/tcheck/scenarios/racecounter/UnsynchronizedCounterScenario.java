package tcheck.scenarios.racecounter;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

/**
 * {@code race-counter/unsynchronized}: {@link UnsynchronizedCounter}'s {@code count++} from two
 * threads. With the default bound (2 x 1) the lost update takes four steps: T1 reads 0, T2 reads 0,
 * T2 writes 1, T1 writes 1, and the final count is 1 instead of 2. It re-tells {@code globVar += 1}
 * of {@code 000_715c6142ede907d2.txt} lines 155-181, {@code x+=1} of {@code 003_db7905cd5774b6a8.txt}
 * lines 159-179 and {@code increment_global()} of {@code 004_fbb8ff1068e5a4f0.txt} lines 1080-1116.
 */
public class UnsynchronizedCounterScenario extends RaceCounterScenario {
    @Override
    public String variant() {
        return "unsynchronized";
    }

    @Override
    public Expected expected() {
        return Expected.BUGGY;
    }

    @Override
    public String title() {
        return "count++ without synchronization";
    }

    @Override
    public String lesson() {
        return "count++ is read, add, write. Two threads read the same old value and both write old+1,"
                + " so one increment is lost: 2 threads x 1 increment can end with count 1.";
    }

    @Override
    public String expectedKind() {
        return "invariant";
    }

    @Override
    public Program newProgram(Bound bound) {
        UnsynchronizedCounter counter = new UnsynchronizedCounter();
        return new CounterProgram(bound, counter, () -> counter.count);
    }
}
