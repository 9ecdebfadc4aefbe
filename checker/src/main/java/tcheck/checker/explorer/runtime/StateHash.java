package tcheck.checker.explorer.runtime;

import java.util.Map;

/**
 * A fingerprint of the visible state between two steps: the shared state, every thread's pending
 * operation (which encodes where it stands and on what), and who holds which lock and who waits.
 * Two equal fingerprints on one path mean the threads can go round the same loop again. Built from
 * value-based hash codes only, so it is the same in every run.
 */
final class StateHash {
    private StateHash() {
    }

    /** @param shared the shared state's fingerprint: its plain copy's {@code hashCode()}, 0 for none */
    static long of(long shared, Map<Integer, Op> pending, Primitives primitives, ObjectNames names) {
        long h = shared;
        for (Map.Entry<Integer, Op> e : pending.entrySet()) {
            Op op = e.getValue();
            long p = e.getKey();
            p = p * 31 + op.kind().ordinal();
            p = p * 31 + (op.site() == null ? -1 : op.site().id());
            p = p * 31 + names.of(op.target()).hashCode();
            p = p * 31 + (op.slot() == null ? 0 : op.slot().hashCode());
            h = h * 1_000_003L + p;
        }
        return h * 31 + primitives.stateHash(); // who holds which lock, who waits, counts: each model's part
    }
}
