package tcheck.scenarios.philosophers;

/**
 * The greedy philosopher fixed by a global fork order: every philosopher picks up the
 * <em>lower-numbered</em> of its two forks first, then the higher one, each with a blocking
 * {@code synchronized} like the greedy one. The seed's deadlock (all hold their left fork and wait
 * for the right, {@code 004_fbb8ff1068e5a4f0.txt} line 1222) needs a cycle of waits; with one order
 * over all forks every wait points from a lower fork to a higher one, and such a chain cannot close
 * into a cycle. Concretely the last philosopher, whose left fork is {@code fork-(n-1)} and right
 * fork {@code fork-0}, reaches for {@code fork-0} first, competing with philosopher 0 instead of
 * closing the circle. Both properties hold: no deadlock, and everyone eats (monitors are not fair,
 * but with a bounded number of meals every waiting philosopher gets its fork once the others finish).
 */
final class OrderedPhilosopher implements Runnable {
    private final Table table;
    private final int seat;
    private final int meals;

    OrderedPhilosopher(Table table, int seat, int meals) {
        this.table = table;
        this.seat = seat;
        this.meals = meals;
    }

    @Override
    public void run() {
        String me = table.names[seat];
        Fork left = table.leftFork(seat);
        Fork right = table.rightFork(seat);
        Fork lower = left.number < right.number ? left : right;
        Fork higher = lower == left ? right : left;
        for (int meal = 0; meal < meals; meal++) {
            synchronized (lower) {
                lower.pickedUpBy(me);
                synchronized (higher) {
                    higher.pickedUpBy(me);
                    table.eat(seat);
                    higher.putDown();
                }
                lower.putDown();
            }
        }
    }
}
