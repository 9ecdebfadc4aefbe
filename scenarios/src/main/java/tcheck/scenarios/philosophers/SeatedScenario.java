package tcheck.scenarios.philosophers;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * {@code philosophers/seated}: greedy philosophers, but only {@code n-1} chairs (a
 * {@code Semaphore(n-1)}): with one philosopher always standing, the seed's circle of n
 * philosophers each holding a left fork ({@code 004_fbb8ff1068e5a4f0.txt} line 1222) cannot form.
 * See {@link SeatedPhilosopher}.
 */
public final class SeatedScenario extends PhilosophersScenario {
    @Override
    public String variant() {
        return "seated";
    }

    @Override
    public Expected expected() {
        return Expected.FIXED;
    }

    @Override
    public String title() {
        return "at most n-1 seated (Semaphore(n-1)), then greedy";
    }

    @Override
    public String lesson() {
        return "A philosopher must get one of n-1 chairs (a Semaphore with n-1 permits) before touching a fork. "
                + "The deadlock needs all n holding their left fork; with at most n-1 at the table and n forks, "
                + "someone seated can always get both forks, eat and let go. No deadlock, and everyone eats.";
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
        Semaphore chairs = new Semaphore(table.seats() - 1);
        List<Runnable> philosophers = new ArrayList<>();
        for (int seat = 0; seat < table.seats(); seat++) {
            philosophers.add(new SeatedPhilosopher(table, chairs, seat, bound.operations()));
        }
        return new DinnerProgram(table, philosophers, bound.operations());
    }
}
