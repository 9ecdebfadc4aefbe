package tcheck.checker.explorer.runtime;

import java.util.Arrays;

/** A vector clock indexed by thread id, growing as threads appear. */
public final class VectorClock {
    private int[] c;

    public VectorClock() {
        c = new int[4];
    }

    private VectorClock(int[] c) {
        this.c = c;
    }

    public int get(int thread) {
        return thread < c.length ? c[thread] : 0;
    }

    public void set(int thread, int value) {
        ensure(thread);
        c[thread] = value;
    }

    public void tick(int thread) {
        ensure(thread);
        c[thread]++;
    }

    public void join(VectorClock other) {
        ensure(other.c.length - 1);
        for (int i = 0; i < other.c.length; i++) {
            c[i] = Math.max(c[i], other.c[i]);
        }
    }

    public VectorClock copy() {
        return new VectorClock(c.clone());
    }

    private void ensure(int index) {
        if (index >= c.length) {
            c = Arrays.copyOf(c, Math.max(index + 1, c.length * 2));
        }
    }

    @Override
    public String toString() {
        return Arrays.toString(c);
    }
}
