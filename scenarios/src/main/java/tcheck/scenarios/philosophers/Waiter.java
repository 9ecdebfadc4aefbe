package tcheck.scenarios.philosophers;

/**
 * The arbitrator (Dijkstra's waiter): a philosopher asks the waiter for its two forks and gets
 * them both at once, or waits until both are free. One monitor guards all the forks' state: a
 * philosopher never holds one fork while waiting for another, so the greedy philosophers' circular
 * wait ({@code 004_fbb8ff1068e5a4f0.txt} line 1222) cannot form.
 *
 * <p>{@link #askForForks} waits in a {@code while} loop (a wake-up only says "something changed",
 * the condition must be tested again) and {@link #returnForks} uses {@code notifyAll()}: the
 * philosopher that can use the freed forks may not be the one a single {@code notify()} would wake.
 */
final class Waiter {
    private final Table table;

    Waiter(Table table) {
        this.table = table;
    }

    /** Blocks until both forks of {@code seat} are free, then hands them to its philosopher. */
    synchronized void askForForks(int seat) throws InterruptedException {
        Fork left = table.leftFork(seat);
        Fork right = table.rightFork(seat);
        while (left.heldBy != null || right.heldBy != null) {
            wait();
        }
        left.pickedUpBy(table.names[seat]);
        right.pickedUpBy(table.names[seat]);
    }

    /** Takes both forks of {@code seat} back and tells every waiting philosopher. */
    synchronized void returnForks(int seat) {
        table.leftFork(seat).putDown();
        table.rightFork(seat).putDown();
        notifyAll();
    }
}
