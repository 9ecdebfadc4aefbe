package tcheck.scenarios.philosophers;

/**
 * The seed's generous philosopher, line for line ({@code 004_fbb8ff1068e5a4f0.txt} lines 1257-1277):
 * take the first fork and wait for it ({@code fork1.acquire(True)}), <em>try</em> the second
 * ({@code fork2.acquire(False)}); if that fails put the first back, swap the two and start over
 * ({@code fork1, fork2 = fork2, fork1}). The forks are {@link LockFork}s because trying needs
 * {@code tryLock()}, which a monitor does not have.
 *
 * <p><b>No deadlock:</b> nobody ever holds one fork while <em>waiting</em> for another (the second
 * fork is only tried), so the circular wait of the greedy philosophers cannot form.
 *
 * <p><b>The bug: livelock.</b> The retry loop has no bound (the seed's only exit is the global
 * {@code running} flag that {@code main} clears after 30 seconds, lines 1261 and 1296; here there is
 * none). If all philosophers move in lock-step, each picks up its first fork, each finds its second
 * taken, each puts its first back and swaps, and the table is back where it started, forever:
 * everyone is busy and nobody eats, so the property "every philosopher finishes" breaks. Other
 * schedules break the symmetry and everyone eats; a livelock is a possible schedule, not a certain
 * one.
 *
 * <p>{@code afterPutBack} is a plain seam that runs each time a fork was put back (does nothing by
 * default); a real-thread test uses it to count the swaps.
 */
final class GenerousPhilosopher implements Runnable {
    private final Table table;
    private final int seat;
    private final int meals;
    private final Runnable afterPutBack;

    GenerousPhilosopher(Table table, int seat, int meals, Runnable afterPutBack) {
        this.table = table;
        this.seat = seat;
        this.meals = meals;
        this.afterPutBack = afterPutBack;
    }

    @Override
    public void run() {
        String me = table.names[seat];
        for (int meal = 0; meal < meals; meal++) {
            LockFork first = (LockFork) table.leftFork(seat);
            LockFork second = (LockFork) table.rightFork(seat);
            while (true) { // unbounded retry: the livelock
                first.lock.lock();
                first.pickedUpBy(me);
                if (second.lock.tryLock()) {
                    second.pickedUpBy(me);
                    break;
                }
                first.putDown();
                first.lock.unlock();
                afterPutBack.run();
                LockFork swap = first;
                first = second;
                second = swap;
            }
            table.eat(seat);
            second.putDown();
            second.lock.unlock();
            first.putDown();
            first.lock.unlock();
        }
    }
}
