package tcheck.scenarios.philosophers;

/**
 * A fork on the table. In the greedy, ordered and seated variants the fork object itself is the
 * lock ({@code synchronized (fork)}), the classic Java shape of "pick up the fork"; in the waiter
 * variant the waiter hands forks out and this object only records who holds it.
 *
 * <p>{@link #heldBy} is written only by the philosopher that holds the fork, after taking it and
 * before putting it down, so every trace can show {@code forks -> [phil-0, -, phil-2]}.
 */
class Fork {
    final int number;
    /** The philosopher holding this fork, or null when it lies on the table. */
    String heldBy;

    Fork(int number) {
        this.number = number;
    }

    void pickedUpBy(String philosopher) {
        heldBy = philosopher;
    }

    void putDown() {
        heldBy = null;
    }

    @Override
    public String toString() {
        return "fork-" + number;
    }
}
