package tcheck.scenarios.philosophers;

import java.util.concurrent.Semaphore;

/**
 * The greedy philosopher (left fork, then right, each with a blocking {@code synchronized}) who
 * must first get one of only {@code n-1} chairs, a {@link Semaphore} with {@code n-1} permits.
 * The seed's deadlock ({@code 004_fbb8ff1068e5a4f0.txt} line 1222) needs all {@code n} philosophers
 * to hold their left fork at once; with at most {@code n-1} philosophers at the table and {@code n}
 * forks, some seated philosopher can always get both of its forks (pigeonhole), eats and lets go,
 * so the circle of waits can never close. The philosopher stands up after every meal, so the
 * standing one gets a chair in turn. Both properties hold: no deadlock, and everyone eats.
 */
final class SeatedPhilosopher implements Runnable {
    private final Table table;
    private final Semaphore chairs;
    private final int seat;
    private final int meals;

    SeatedPhilosopher(Table table, Semaphore chairs, int seat, int meals) {
        this.table = table;
        this.chairs = chairs;
        this.seat = seat;
        this.meals = meals;
    }

    @Override
    public void run() {
        String me = table.names[seat];
        Fork left = table.leftFork(seat);
        Fork right = table.rightFork(seat);
        for (int meal = 0; meal < meals; meal++) {
            try {
                chairs.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // asked to stop: leave the table hungry
                return;
            }
            try {
                synchronized (left) {
                    left.pickedUpBy(me);
                    synchronized (right) {
                        right.pickedUpBy(me);
                        table.eat(seat);
                        right.putDown();
                    }
                    left.putDown();
                }
            } finally {
                chairs.release();
            }
        }
    }
}
