package tcheck.scenarios.philosophers;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code philosophers/generous}: the seed's own program ({@code 004_fbb8ff1068e5a4f0.txt} lines
 * 1257-1277): each {@link GenerousPhilosopher} takes one fork, tries the other, and if that fails
 * puts the first back and swaps, retrying without bound. No deadlock is possible, but in lock-step
 * everyone picks up, fails, puts down, forever: the engines must report a livelock (a cycle of
 * steps that comes back to the same state with no meal eaten). Other schedules finish.
 */
public final class GenerousScenario extends PhilosophersScenario {
    @Override
    public String variant() {
        return "generous";
    }

    @Override
    public Expected expected() {
        return Expected.BUGGY;
    }

    @Override
    public String title() {
        return "generous philosophers: try the right fork, else put the left back and swap";
    }

    @Override
    public String lesson() {
        return "Nobody holds a fork while waiting for another, so there is no deadlock. But if all move in "
                + "lock-step, each takes one fork, fails to get the second, puts the first back and swaps, and "
                + "the table is where it started: a livelock, everyone busy and nobody eating. The retry loop has no bound.";
    }

    @Override
    public String expectedKind() {
        return "livelock";
    }

    @Override
    public String seed() {
        return "004_fbb8ff1068e5a4f0.txt lines 1257-1277 (dine(): acquire(True), acquire(False), release and swap)";
    }

    @Override
    public DinnerProgram newProgram(Bound bound) {
        return newProgram(bound, () -> { });
    }

    /** A dinner whose philosophers run {@code afterPutBack} each time they put a fork back (a real-thread test counts swaps). */
    public DinnerProgram newProgram(Bound bound, Runnable afterPutBack) {
        requireTable(bound);
        Table table = Table.withLockForks(bound.threads());
        List<Runnable> philosophers = new ArrayList<>();
        for (int seat = 0; seat < table.seats(); seat++) {
            philosophers.add(new GenerousPhilosopher(table, seat, bound.operations(), afterPutBack));
        }
        return new DinnerProgram(table, philosophers, bound.operations());
    }
}
