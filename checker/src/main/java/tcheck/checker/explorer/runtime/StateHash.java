package tcheck.checker.explorer.runtime;

import java.util.Map;

/**
 * A fingerprint of the visible state between two steps: the shared state and memory, every thread's pending
 * operation (which encodes where it stands and on what), and who holds which lock and who waits.
 * Two equal fingerprints on one path mean the threads can go round the same loop again. Built from
 * value-based hash codes only, so it is the same in every run.
 */
final class StateHash {
    private StateHash() {
    }

    /**
     * @param shared     the shared state's fingerprint: its plain copy's {@code hashCode()}, 0 for none
     * @param memory     every location written so far with its last value ({@link MemoryFingerprint})
     * @param primitives the models' part: who holds which lock, who waits, counts ({@code Primitives.stateHash()})
     */
    static long of(long shared, long memory, Map<Integer, Op> pending, long primitives, ObjectNames names) {
        long h = mix(mix(shared) + memory);
        for (Map.Entry<Integer, Op> e : pending.entrySet()) {
            Op op = e.getValue();
            long p = mix(e.getKey());
            p = mix(p + op.kind().ordinal());
            p = mix(p + (op.site() == null ? -1 : op.site().id()));
            p = mix(p + names.of(op.target()).hashCode());
            p = mix(p + (op.slot() == null ? 0 : op.slot().hashCode()));
            h = mix(h + p);
        }
        return mix(h + primitives); // who holds which lock, who waits, counts: each model's part
    }

    /**
     * Scrambles a value so that a sum or chain of them does not cancel out: with plain {@code 31 * h + x}
     * two states differing in two places by amounts that offset each other (a site one further on, a
     * name one less) collided, and so did two locks whose owners swapped. MurmurHash3's 64-bit finaliser.
     */
    static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xFF51AFD7ED558CCDL;
        x ^= x >>> 33;
        x *= 0xC4CEB9FE1A85EC53L;
        x ^= x >>> 33;
        return x;
    }
}
