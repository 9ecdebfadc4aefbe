package tcheck.specs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A FIFO buffer of at most {@code capacity} items, the producer/consumer scenarios' shared queue.
 * <ul>
 *   <li>{@code put(x)}: appends x. <b>Blocking</b>: enabled only while fewer than capacity items
 *       are held; a put on a full buffer is not a legal step, it waits until a take makes room.</li>
 *   <li>{@code take()}: removes and returns the oldest item. <b>Blocking</b>: enabled only when the
 *       buffer is non-empty. A take is linearized at the point it completes, so a legal order must
 *       place enough puts before it; a take that returned while the buffer was empty in every order
 *       (the {@code if}-instead-of-{@code while} bug) makes the history non-linearizable.</li>
 *   <li>{@code poll()}: never blocks; removes and returns the oldest item, or {@code null} when
 *       empty (the polling queue of "PCP without Condition"). An exception thrown by poll, such as
 *       NoSuchElementException from a check-then-act race, matches no output of this spec.</li>
 * </ul>
 * Items are non-null (a poll's {@code null} means "empty"). Use {@link #unbounded()} for a queue
 * whose put never waits.
 */
public final class BoundedBufferSpec implements SequentialSpec<BoundedBufferSpec.Items> {
    public static final String PUT = "put";
    public static final String TAKE = "take";
    public static final String POLL = "poll";

    /** The buffer's content, oldest first; immutable. */
    public record Items(List<Object> items) {
        public Items {
            items = List.copyOf(items);
        }

        public static Items of(Object... items) {
            return new Items(List.of(items));
        }

        Items append(Object x) {
            List<Object> next = new ArrayList<>(items.size() + 1);
            next.addAll(items);
            next.add(x);
            return new Items(next);
        }

        Items dropFirst() {
            return new Items(items.subList(1, items.size()));
        }

        @Override
        public String toString() {
            return items.toString();
        }
    }

    private final int capacity;

    public BoundedBufferSpec(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    /** A queue without a capacity limit: put is always enabled. */
    public static BoundedBufferSpec unbounded() {
        return new BoundedBufferSpec(Integer.MAX_VALUE);
    }

    public int capacity() {
        return capacity;
    }

    @Override
    public String name() {
        return capacity == Integer.MAX_VALUE ? "queue" : "bounded-buffer(" + capacity + ")";
    }

    @Override
    public Items init() {
        return new Items(List.of());
    }

    @Override
    public Optional<Transition<Items>> apply(Items state, String op, List<?> args) {
        List<Object> items = state.items();
        switch (op) {
            case PUT -> {
                Args.count(name(), op, args, 1);
                if (items.size() >= capacity) {
                    return Optional.empty(); // full: put waits, not a legal step here
                }
                return Optional.of(new Transition<>(null, state.append(args.get(0))));
            }
            case TAKE -> {
                Args.none(name(), op, args);
                if (items.isEmpty()) {
                    return Optional.empty(); // empty: take waits, not a legal step here
                }
                return Optional.of(new Transition<>(items.get(0), state.dropFirst()));
            }
            case POLL -> {
                Args.none(name(), op, args);
                if (items.isEmpty()) {
                    return Optional.of(new Transition<>(null, state));
                }
                return Optional.of(new Transition<>(items.get(0), state.dropFirst()));
            }
            default -> throw Args.unknown(name(), op, List.of(PUT, TAKE, POLL));
        }
    }
}
