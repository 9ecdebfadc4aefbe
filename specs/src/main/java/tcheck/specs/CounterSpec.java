package tcheck.specs;

import java.util.List;
import java.util.Optional;

/**
 * A shared counter: {@code increment()} adds one, {@code get()} returns the count. The state is the
 * count itself. Two increments that overlap must both count, so "two increments, then get() == 1"
 * is impossible: the lost update of the race-counter scenario.
 */
public final class CounterSpec implements SequentialSpec<Integer> {
    public static final String INCREMENT = "increment";
    public static final String GET = "get";

    private final int initial;

    public CounterSpec() {
        this(0);
    }

    public CounterSpec(int initial) {
        this.initial = initial;
    }

    @Override
    public String name() {
        return "counter";
    }

    @Override
    public Integer init() {
        return initial;
    }

    @Override
    public Optional<Transition<Integer>> apply(Integer count, String op, List<?> args) {
        Args.none(name(), op, args);
        return switch (op) {
            case INCREMENT -> Optional.of(new Transition<>(null, count + 1));
            case GET -> Optional.of(new Transition<>(count, count));
            default -> throw Args.unknown(name(), op, List.of(INCREMENT, GET));
        };
    }
}
