package tcheck.scenarios.philosophers;

import tcheck.specs.properties.PhilosophersProperty;

/**
 * The round table: its forks and what each philosopher did, one slot per seat. Philosopher
 * {@code i} sits between fork {@code i} (its left) and fork {@code (i+1) % n} (its right), as in the
 * seed's {@code forks[i%5], forks[(i+1)%5]} ({@code 004_fbb8ff1068e5a4f0.txt} lines 1288-1289).
 *
 * <p>{@link #eat} is what "dining" means here: while eating, a philosopher marks itself in
 * {@link #eating}, checks that it holds both its forks and that neither neighbour is eating, and
 * records the first thing wrong in its own {@link #clashes} slot. Every philosopher writes only its
 * own slots, so these records add no race of their own; the neighbours' {@code eating} flags are
 * read under the shared forks, so in a correct dinner they are always seen false.
 */
final class Table {
    final Fork[] forks;
    final String[] names;
    final int[] meals;
    final boolean[] eating;
    final String[] clashes;

    Table(Fork[] forks) {
        int n = forks.length;
        if (n < 2) {
            throw new IllegalArgumentException("a dinner needs at least 2 philosophers, got " + n);
        }
        this.forks = forks;
        this.names = new String[n];
        for (int seat = 0; seat < n; seat++) {
            names[seat] = "phil-" + seat;
        }
        this.meals = new int[n];
        this.eating = new boolean[n];
        this.clashes = new String[n];
    }

    /** A table of plain forks (used as monitors, or handed out by a waiter). */
    static Table withForks(int seats) {
        Fork[] forks = new Fork[Math.max(seats, 0)];
        for (int i = 0; i < forks.length; i++) {
            forks[i] = new Fork(i);
        }
        return new Table(forks);
    }

    /** A table of {@link LockFork}s, for philosophers that try a fork and may put it back. */
    static Table withLockForks(int seats) {
        Fork[] forks = new Fork[Math.max(seats, 0)];
        for (int i = 0; i < forks.length; i++) {
            forks[i] = new LockFork(i);
        }
        return new Table(forks);
    }

    int seats() {
        return forks.length;
    }

    Fork leftFork(int seat) {
        return forks[seat];
    }

    Fork rightFork(int seat) {
        return forks[PhilosophersProperty.rightNeighbour(seat, forks.length)];
    }

    /** One meal for the philosopher at {@code seat}, who should be holding both its forks now. */
    void eat(int seat) {
        int n = forks.length;
        int left = PhilosophersProperty.leftNeighbour(seat, n);
        int right = PhilosophersProperty.rightNeighbour(seat, n);
        eating[seat] = true;
        String clash = PhilosophersProperty.clashWhileEating(names[seat], seat, n,
                leftFork(seat).heldBy, rightFork(seat).heldBy,
                names[left], eating[left], names[right], eating[right]);
        if (clash != null && clashes[seat] == null) {
            clashes[seat] = clash;
        }
        meals[seat]++;
        eating[seat] = false;
    }
}
