package tcheck.scenarios.philosophers;

/**
 * The greedy philosopher of the seed's text: "a greedy philosopher will try to pick up the left fork
 * and wait until it is there. He will then wait for the right fork to be there, pick it up, eat and
 * then put it down" ({@code 004_fbb8ff1068e5a4f0.txt} line 1230). In Java that is two nested
 * {@code synchronized} blocks on the fork objects, the classic shape: a monitor is exactly a fork
 * you wait for until it is free, and the block structure puts the forks down in reverse order even
 * if eating throws.
 *
 * <p><b>The bug: deadlock.</b> If every philosopher picks up its left fork before any of them reaches
 * for the right one, each waits for the fork its right neighbour holds, round the whole table, and
 * none will ever put a fork down (line 1222: "they will never relinquish their fork until they have
 * eaten"). Every thread is blocked: the property "no deadlock" breaks. The circular wait is possible
 * because all philosophers take their forks in the same <em>relative</em> order (left, then right),
 * which round a table is no global order at all.
 *
 * <p>{@code pauseAfterLeft} is a plain seam, not part of the algorithm: it runs while the left fork
 * is held and does nothing by default. A real-thread test makes it a barrier so that every
 * philosopher holds its left fork before anyone reaches for the right one, staging the deadlock
 * honestly instead of hoping the OS interleaves that way.
 */
final class GreedyPhilosopher implements Runnable {
    private final Table table;
    private final int seat;
    private final int meals;
    private final Runnable pauseAfterLeft;

    GreedyPhilosopher(Table table, int seat, int meals, Runnable pauseAfterLeft) {
        this.table = table;
        this.seat = seat;
        this.meals = meals;
        this.pauseAfterLeft = pauseAfterLeft;
    }

    @Override
    public void run() {
        String me = table.names[seat];
        Fork left = table.leftFork(seat);
        Fork right = table.rightFork(seat);
        for (int meal = 0; meal < meals; meal++) {
            synchronized (left) {
                left.pickedUpBy(me);
                pauseAfterLeft.run();
                synchronized (right) { // waits here forever once every neighbour holds its left fork
                    right.pickedUpBy(me);
                    table.eat(seat);
                    right.putDown();
                }
                left.putDown();
            }
        }
    }
}
