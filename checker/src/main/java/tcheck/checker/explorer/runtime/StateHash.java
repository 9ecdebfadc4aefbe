package tcheck.checker.explorer.runtime;

import java.util.Map;

/**
 * A fingerprint of the visible state between two steps: the shared state, every thread's pending
 * operation (which encodes where it stands and on what), and who holds which lock. Two equal
 * fingerprints on one path mean the threads can go round the same loop again.
 */
final class StateHash {
    private StateHash() {
    }

    static long of(Map<String, Object> shared, Map<Integer, Op> pending, Map<Object, LockState> locks, ObjectNames names) {
        StringBuilder b = new StringBuilder();
        b.append(shared);
        for (Map.Entry<Integer, Op> e : pending.entrySet()) {
            Op op = e.getValue();
            b.append('|').append(e.getKey()).append(':').append(op.kind()).append('@')
                    .append(op.site() == null ? -1 : op.site().id()).append(':').append(names.of(op.target()))
                    .append(':').append(op.slot());
        }
        java.util.List<String> held = new java.util.ArrayList<>(); // identity map order is arbitrary: sort
        for (LockState l : locks.values()) {
            if (l.owner != null) {
                held.add("L" + l.name + "=" + l.owner.id + "x" + l.holds);
            }
            if (!l.waiters.isEmpty()) {
                held.add("W" + l.name + "=" + l.waiters);
            }
        }
        java.util.Collections.sort(held);
        b.append(held);
        long h = 1125899906842597L;
        for (int i = 0; i < b.length(); i++) {
            h = 31 * h + b.charAt(i);
        }
        return h;
    }
}
