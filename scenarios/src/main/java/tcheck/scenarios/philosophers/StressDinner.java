package tcheck.scenarios.philosophers;

import java.util.concurrent.Semaphore;

/**
 * Seats the scenario's own philosophers for threads the program does not start itself (jcstress
 * actors): wired exactly as the scenarios' {@code newProgram} does, one {@link Runnable} per seat,
 * with no behaviour of its own. A {@code DinnerProgram} starts its own threads; this is the same
 * dinner, run by someone else's.
 */
public final class StressDinner {
    private final Table table;
    private final Runnable[] philosophers;

    private StressDinner(Table table) {
        this.table = table;
        this.philosophers = new Runnable[table.seats()];
    }

    /** {@code philosophers/ordered}: lower-numbered fork first. */
    public static StressDinner ordered(int seats, int meals) {
        StressDinner d = new StressDinner(Table.withForks(seats));
        for (int seat = 0; seat < seats; seat++) {
            d.philosophers[seat] = new OrderedPhilosopher(d.table, seat, meals);
        }
        return d;
    }

    /** {@code philosophers/waiter}: both forks from the waiter at once. */
    public static StressDinner waiter(int seats, int meals) {
        StressDinner d = new StressDinner(Table.withForks(seats));
        Waiter waiter = new Waiter(d.table);
        for (int seat = 0; seat < seats; seat++) {
            d.philosophers[seat] = new WaiterPhilosopher(d.table, waiter, seat, meals);
        }
        return d;
    }

    /** {@code philosophers/seated}: greedy philosophers, at most {@code seats - 1} at the table. */
    public static StressDinner seated(int seats, int meals) {
        StressDinner d = new StressDinner(Table.withForks(seats));
        Semaphore chairs = new Semaphore(seats - 1);
        for (int seat = 0; seat < seats; seat++) {
            d.philosophers[seat] = new SeatedPhilosopher(d.table, chairs, seat, meals);
        }
        return d;
    }

    /** The philosopher at {@code seat} eats all its meals, on the calling thread. */
    public void dine(int seat) {
        philosophers[seat].run();
    }

    public int meals(int seat) {
        return table.meals[seat];
    }

    /** The first clash any philosopher recorded while eating (ate without its forks, or next to an eating neighbour), or "none". */
    public String clash() {
        for (String c : table.clashes) {
            if (c != null) {
                return c;
            }
        }
        return "none";
    }
}
