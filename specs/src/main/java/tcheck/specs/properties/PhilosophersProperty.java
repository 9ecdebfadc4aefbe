package tcheck.specs.properties;

import java.util.Optional;

/**
 * The whole-program properties of a dining-philosophers run, as pure functions over what the
 * philosophers recorded (no threads here).
 *
 * <p>Seats are numbered 0..n-1 round the table; philosopher {@code i}'s left fork is fork {@code i}
 * and its right fork is fork {@code (i+1) % n} (the seed's {@code forks[i%5], forks[(i+1)%5]},
 * {@code 004_fbb8ff1068e5a4f0.txt} lines 1288-1289). So philosopher {@code i} shares its left fork
 * with seat {@code i-1} and its right fork with seat {@code i+1}: those are its neighbours.
 *
 * <p>Two properties:
 * <ol>
 *   <li><b>mutual exclusion of neighbours</b>: while a philosopher eats it holds both of its forks
 *       and neither neighbour is eating. A philosopher checks this itself at the moment it eats
 *       ({@link #clashWhileEating}) and records the first clash in its own slot;</li>
 *   <li><b>everyone eats</b>: after the run, every philosopher has eaten all its meals.</li>
 * </ol>
 * Both are final-state invariants (results kind "invariant"); a deadlock or livelock is found by
 * the engines as such before a run ever gets here.
 */
public final class PhilosophersProperty {
    private PhilosophersProperty() {
    }

    /** The seat on the left of {@code seat}: it shares fork {@code seat}. */
    public static int leftNeighbour(int seat, int seats) {
        return (seat + seats - 1) % seats;
    }

    /** The seat on the right of {@code seat}: it shares fork {@code (seat+1) % seats}. */
    public static int rightNeighbour(int seat, int seats) {
        return (seat + 1) % seats;
    }

    /**
     * What is wrong at the moment philosopher {@code who} (at {@code seat}) starts eating, or
     * {@code null} when all is well. The caller reads the values; this only judges them.
     *
     * @param leftHolder       who the left fork (fork {@code seat}) says holds it, null when free
     * @param rightHolder      who the right fork says holds it
     * @param leftNeighbour    the left neighbour's name, and whether it is eating right now
     * @param rightNeighbour   the right neighbour's name, and whether it is eating right now
     */
    public static String clashWhileEating(String who, int seat, int seats,
                                          String leftHolder, String rightHolder,
                                          String leftNeighbour, boolean leftNeighbourEating,
                                          String rightNeighbour, boolean rightNeighbourEating) {
        if (!who.equals(leftHolder)) {
            return who + " ate without holding its left fork fork-" + seat + " (held by " + orDash(leftHolder) + ")";
        }
        if (!who.equals(rightHolder)) {
            return who + " ate without holding its right fork fork-" + rightNeighbour(seat, seats)
                    + " (held by " + orDash(rightHolder) + ")";
        }
        if (leftNeighbourEating) {
            return who + " ate while its neighbour " + leftNeighbour + " was eating";
        }
        if (rightNeighbourEating) {
            return who + " ate while its neighbour " + rightNeighbour + " was eating";
        }
        return null;
    }

    /**
     * Checks a finished run.
     *
     * @param names      the philosophers' names by seat
     * @param meals      meals eaten, by seat
     * @param mealsEach  meals every philosopher should have eaten
     * @param clashes    the first clash each philosopher recorded while eating (null: none), by seat
     * @return the first broken property as a one-line message, or empty when both hold
     */
    public static Optional<String> check(String[] names, int[] meals, int mealsEach, String[] clashes) {
        if (names.length != meals.length || names.length != clashes.length) {
            throw new IllegalArgumentException("names, meals and clashes must have one entry per seat");
        }
        for (String clash : clashes) {
            if (clash != null) {
                return Optional.of(clash);
            }
        }
        for (int seat = 0; seat < meals.length; seat++) {
            if (meals[seat] != mealsEach) {
                return Optional.of(names[seat] + " ate " + meals[seat] + " of " + mealsEach + " meals");
            }
        }
        return Optional.empty();
    }

    private static String orDash(String holder) {
        return holder == null ? "nobody" : holder;
    }
}
