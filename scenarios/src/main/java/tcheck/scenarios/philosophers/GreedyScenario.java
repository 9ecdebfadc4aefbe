package tcheck.scenarios.philosophers;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code philosophers/greedy}: every {@link GreedyPhilosopher} takes its left fork, then waits for
 * its right one, with nested {@code synchronized} blocks. The seed describes this philosopher and
 * its deadlock in prose ({@code 004_fbb8ff1068e5a4f0.txt} lines 1222 and 1230); when all hold their
 * left fork, all wait forever: the engines must report a deadlock, with the cycle of who holds
 * which fork and waits for which.
 */
public final class GreedyScenario extends PhilosophersScenario {
    @Override
    public String variant() {
        return "greedy";
    }

    @Override
    public Expected expected() {
        return Expected.BUGGY;
    }

    @Override
    public String title() {
        return "greedy philosophers: left fork, then wait for the right";
    }

    @Override
    public String lesson() {
        return "Each philosopher holds its left fork while it waits for its right one. If all pick up their "
                + "left fork first, each waits for the fork its neighbour holds, round the table: a circular "
                + "wait, a deadlock. Taking forks in one global order, a waiter, or seating at most n-1 breaks the circle.";
    }

    @Override
    public String expectedKind() {
        return "deadlock";
    }

    @Override
    public String seed() {
        return "004_fbb8ff1068e5a4f0.txt lines 1222 and 1230 (the greedy philosopher and its deadlock, in prose); "
                + "table of lines 1284-1294";
    }

    @Override
    public DinnerProgram newProgram(Bound bound) {
        return newProgram(bound, () -> { });
    }

    /**
     * A dinner whose philosophers run {@code pauseAfterLeft} while holding their left fork: a real-thread
     * test passes a barrier here to make every philosopher hold its left fork before any reaches right.
     */
    public DinnerProgram newProgram(Bound bound, Runnable pauseAfterLeft) {
        requireTable(bound);
        Table table = Table.withForks(bound.threads());
        List<Runnable> philosophers = new ArrayList<>();
        for (int seat = 0; seat < table.seats(); seat++) {
            philosophers.add(new GreedyPhilosopher(table, seat, bound.operations(), pauseAfterLeft));
        }
        return new DinnerProgram(table, philosophers, bound.operations());
    }
}
