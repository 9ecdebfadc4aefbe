package tcheck.scenarios.philosophers;

/**
 * A philosopher who asks the {@link Waiter} for both forks, eats, and gives both back. It never
 * holds one fork while waiting for the other, so the deadlock of the greedy philosophers
 * ({@code 004_fbb8ff1068e5a4f0.txt} line 1222) cannot happen, and no fork is picked up and put back
 * in vain, so neither can the generous philosophers' livelock (lines 1261-1271).
 */
final class WaiterPhilosopher implements Runnable {
    private final Table table;
    private final Waiter waiter;
    private final int seat;
    private final int meals;

    WaiterPhilosopher(Table table, Waiter waiter, int seat, int meals) {
        this.table = table;
        this.waiter = waiter;
        this.seat = seat;
        this.meals = meals;
    }

    @Override
    public void run() {
        for (int meal = 0; meal < meals; meal++) {
            try {
                waiter.askForForks(seat);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // asked to stop: leave the table hungry
                return;
            }
            try {
                table.eat(seat);
            } finally {
                waiter.returnForks(seat);
            }
        }
    }
}
