package tcheck.scenarios.philosophers;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code philosophers/waiter}: an arbitrator ({@link Waiter}, one monitor with {@code wait}/
 * {@code notifyAll}) hands each {@link WaiterPhilosopher} both forks at once or none, so nobody
 * holds a fork while waiting: neither the seed's deadlock ({@code 004_fbb8ff1068e5a4f0.txt} line
 * 1222) nor its generous philosophers' livelock (lines 1261-1271) can happen.
 */
public final class WaiterScenario extends PhilosophersScenario {
    @Override
    public String variant() {
        return "waiter";
    }

    @Override
    public Expected expected() {
        return Expected.FIXED;
    }

    @Override
    public String title() {
        return "a waiter hands out both forks at once";
    }

    @Override
    public String lesson() {
        return "A philosopher asks the waiter (one monitor) for both forks and gets them together, waiting "
                + "in a while loop until both are free; returning them wakes everyone with notifyAll. Nobody holds "
                + "one fork while waiting for the other, so no circular wait, and no fork is picked up in vain, so no livelock.";
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
        Waiter waiter = new Waiter(table);
        List<Runnable> philosophers = new ArrayList<>();
        for (int seat = 0; seat < table.seats(); seat++) {
            philosophers.add(new WaiterPhilosopher(table, waiter, seat, bound.operations()));
        }
        return new DinnerProgram(table, philosophers, bound.operations());
    }
}
