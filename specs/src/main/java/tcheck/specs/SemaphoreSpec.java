package tcheck.specs;

import java.util.List;
import java.util.Optional;

/**
 * A counting semaphore; the state is the number of available permits.
 * <ul>
 *   <li>{@code acquire()}: takes a permit. <b>Blocking</b>: enabled only while a permit is available.</li>
 *   <li>{@code release()}: gives a permit back. On an unbounded semaphore (Java's
 *       {@link java.util.concurrent.Semaphore}, Python's {@code Semaphore}) always enabled, and the count
 *       may grow past the number it started with. On a bounded one (Python's {@code BoundedSemaphore})
 *       enabled only below the bound: a release that would go over it is an error (Python's
 *       {@code ValueError}), which no legal history contains, so a history with a release that threw or
 *       a count above the bound is not linearizable.</li>
 *   <li>{@code availablePermits()}: returns the count.</li>
 * </ul>
 */
public final class SemaphoreSpec implements SequentialSpec<Integer> {
    public static final String ACQUIRE = "acquire";
    public static final String RELEASE = "release";
    public static final String AVAILABLE_PERMITS = "availablePermits";

    private final int permits;
    private final boolean bounded;

    private SemaphoreSpec(int permits, boolean bounded) {
        if (permits < 0 || bounded && permits < 1) {
            throw new IllegalArgumentException("permits must be >= " + (bounded ? 1 : 0) + ", got " + permits);
        }
        this.permits = permits;
        this.bounded = bounded;
    }

    /** Python's {@code BoundedSemaphore(permits)}: starts with, and never goes above, {@code permits}. */
    public static SemaphoreSpec bounded(int permits) {
        return new SemaphoreSpec(permits, true);
    }

    /** Java's {@code Semaphore(permits)}: starts with {@code permits}, no upper limit. */
    public static SemaphoreSpec unbounded(int permits) {
        return new SemaphoreSpec(permits, false);
    }

    @Override
    public String name() {
        return (bounded ? "bounded-semaphore(" : "semaphore(") + permits + ")";
    }

    @Override
    public Integer init() {
        return permits;
    }

    @Override
    public Optional<Transition<Integer>> apply(Integer available, String op, List<?> args) {
        Args.none(name(), op, args);
        return switch (op) {
            case ACQUIRE -> available == 0 ? Optional.empty() : Optional.of(new Transition<>(null, available - 1));
            case RELEASE -> bounded && available == permits ? Optional.empty()
                    : Optional.of(new Transition<>(null, available + 1));
            case AVAILABLE_PERMITS -> Optional.of(new Transition<>(available, available));
            default -> throw Args.unknown(name(), op, List.of(ACQUIRE, RELEASE, AVAILABLE_PERMITS));
        };
    }
}
