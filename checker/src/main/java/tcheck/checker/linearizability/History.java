package tcheck.checker.linearizability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A concurrent history: operations with their invocation and response positions in one event
 * order. Built by whoever observed the run (the explorer, a test, a real-thread recorder) through
 * {@link #builder()} event by event, or from finished records with {@link #of(List)}.
 *
 * <p>Well-formed means: every event position is used once, a response comes after its invocation,
 * and each thread runs one operation at a time (a thread's pending operation is its last).
 */
public final class History {
    private final List<OperationRecord> ops;
    private final List<String> threads;

    private History(List<OperationRecord> ops) {
        List<OperationRecord> sorted = new ArrayList<>(ops);
        sorted.sort(Comparator.comparingLong(OperationRecord::invocation));
        this.ops = List.copyOf(sorted);
        this.threads = List.copyOf(validate(this.ops));
    }

    public static History of(List<OperationRecord> ops) {
        return new History(ops);
    }

    public static History of(OperationRecord... ops) {
        return new History(Arrays.asList(ops));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The operations ordered by invocation. */
    public List<OperationRecord> operations() {
        return ops;
    }

    /** Thread names in order of first invocation: the columns of a history table. */
    public List<String> threads() {
        return threads;
    }

    public int size() {
        return ops.size();
    }

    public int completedCount() {
        return (int) ops.stream().filter(o -> !o.pending()).count();
    }

    private static Set<String> validate(List<OperationRecord> ops) {
        Set<Long> positions = new HashSet<>();
        Map<String, OperationRecord> lastOfThread = new HashMap<>();
        Set<String> threads = new LinkedHashSet<>();
        for (OperationRecord op : ops) { // in invocation order
            if (!positions.add(op.invocation()) || (!op.pending() && !positions.add(op.response()))) {
                throw new IllegalArgumentException("event position used twice, at " + op.thread() + " " + op);
            }
            OperationRecord previous = lastOfThread.put(op.thread(), op);
            if (previous != null && (previous.pending() || previous.response() > op.invocation())) {
                throw new IllegalArgumentException("thread " + op.thread() + " invoked " + op.call()
                        + " while " + previous.call() + " had not returned");
            }
            threads.add(op.thread());
        }
        return threads;
    }

    @Override
    public String toString() {
        return HistoryTable.render(this, null);
    }

    /**
     * Records a history as it happens: each {@link #invoke} and {@link #respond} takes the next event
     * position. Synchronized so real threads may record into one builder; the order of the calls is
     * then the history's real-time order.
     */
    public static final class Builder {
        private record Invoked(String thread, String operation, List<Object> args, long invocation) {
        }

        private final List<Invoked> invoked = new ArrayList<>();
        private final Map<Integer, OperationRecord> responded = new HashMap<>();
        private long clock;

        private Builder() {
        }

        /** Records an invocation; returns the handle to pass to {@link #respond}. */
        public synchronized int invoke(String thread, String operation, Object... args) {
            invoked.add(new Invoked(thread, operation, Arrays.asList(args), ++clock));
            return invoked.size() - 1;
        }

        /** Records the response of an invocation: its return value, {@code null} for void, or the Throwable it threw. */
        public synchronized void respond(int handle, Object result) {
            Invoked i = invoked.get(handle);
            if (responded.containsKey(handle)) {
                throw new IllegalStateException(i.thread() + " " + i.operation() + " already responded");
            }
            responded.put(handle, OperationRecord.completed(i.thread(), i.operation(), i.args(), result, i.invocation(), ++clock));
        }

        /** The history so far; invocations without a response are pending. */
        public synchronized History build() {
            List<OperationRecord> ops = new ArrayList<>();
            for (int h = 0; h < invoked.size(); h++) {
                Invoked i = invoked.get(h);
                OperationRecord r = responded.get(h);
                ops.add(r != null ? r : OperationRecord.pending(i.thread(), i.operation(), i.args(), i.invocation()));
            }
            return new History(ops);
        }
    }
}
