package tcheck.scenarios.philosophers;

import tcheck.scenario.Program;
import tcheck.scenario.Violation;
import tcheck.specs.properties.PhilosophersProperty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One dinner: seats the philosophers on threads {@code phil-0 .. phil-(n-1)}, starts them all and
 * joins them all, like the seed's {@code for p in philosophers: p.start()}
 * ({@code 004_fbb8ff1068e5a4f0.txt} line 1294). Afterwards it checks {@link PhilosophersProperty}:
 * no philosopher ate next to an eating neighbour or without both forks, and everyone ate every meal.
 */
public final class DinnerProgram implements Program {
    private final Table table;
    private final List<Runnable> philosophers;
    private final int mealsEach;

    DinnerProgram(Table table, List<Runnable> philosophers, int mealsEach) {
        this.table = table;
        this.philosophers = philosophers;
        this.mealsEach = mealsEach;
    }

    @Override
    public void run() {
        List<Thread> threads = new ArrayList<>();
        for (int seat = 0; seat < philosophers.size(); seat++) {
            threads.add(new Thread(philosophers.get(seat), table.names[seat]));
        }
        for (Thread t : threads) {
            t.start();
        }
        try {
            for (Thread t : threads) {
                t.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the philosophers", e);
        }
    }

    @Override
    public void check() {
        PhilosophersProperty.check(table.names, table.meals, mealsEach, table.clashes)
                .ifPresent(message -> {
                    throw Violation.invariant(message);
                });
    }

    @Override
    public Map<String, Object> sharedState() {
        Map<String, Object> state = new LinkedHashMap<>();
        List<String> forks = new ArrayList<>();
        for (Fork f : table.forks) {
            String holder = f.heldBy;
            forks.add(holder == null ? "-" : holder);
        }
        state.put("forks", forks);
        state.put("meals", Program.ints(table.meals));
        return state;
    }

    /** The philosophers' names by seat (also their thread names). */
    public List<String> names() {
        return List.of(table.names);
    }

    /** The fork objects by number, so a test can tell which fork a blocked thread waits for. */
    public List<Object> forks() {
        return List.of((Object[]) table.forks);
    }

    /** Meals eaten so far, by seat. */
    public int[] meals() {
        return table.meals.clone();
    }
}
