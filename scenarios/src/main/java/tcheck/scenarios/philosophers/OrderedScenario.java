package tcheck.scenarios.philosophers;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code philosophers/ordered}: the greedy philosophers' fix by a global lock order
 * ({@link OrderedPhilosopher}): everyone takes the lower-numbered fork first, so waits always point
 * up the order and the seed's circular wait ({@code 004_fbb8ff1068e5a4f0.txt} line 1222) cannot form.
 */
public final class OrderedScenario extends PhilosophersScenario {
    @Override
    public String variant() {
        return "ordered";
    }

    @Override
    public Expected expected() {
        return Expected.FIXED;
    }

    @Override
    public String title() {
        return "ordered philosophers: lower-numbered fork first";
    }

    @Override
    public String lesson() {
        return "All forks are taken in one global order (lower number first). Every wait then points from a "
                + "lower fork to a higher one, and such a chain cannot close into a circle: the last philosopher "
                + "reaches for fork 0 first and competes with philosopher 0 instead of closing the cycle. No deadlock.";
    }

    @Override
    public String expectedKind() {
        return null;
    }

    @Override
    public String seed() {
        return SEED + "; the deadlock it fixes: line 1222";
    }

    @Override
    public DinnerProgram newProgram(Bound bound) {
        requireTable(bound);
        Table table = Table.withForks(bound.threads());
        List<Runnable> philosophers = new ArrayList<>();
        for (int seat = 0; seat < table.seats(); seat++) {
            philosophers.add(new OrderedPhilosopher(table, seat, bound.operations()));
        }
        return new DinnerProgram(table, philosophers, bound.operations());
    }
}
