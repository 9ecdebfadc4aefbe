package tcheck.checker.explorer.runtime;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A map from thread id to a value, kept in an array indexed by the id and iterated in id order.
 * Every step records the live threads' pending operations and clocks (the searches read them back
 * at backtracking); a hash map per step allocated more than the rest of the step together.
 * Filled once by the explorer and only read after.
 */
final class ByThread<V> extends AbstractMap<Integer, V> {
    private final Object[] values;
    private int size;

    ByThread(int threads) {
        values = new Object[threads];
    }

    @Override
    public V put(Integer thread, V value) {
        if (value == null) {
            throw new IllegalArgumentException("no value for thread " + thread);
        }
        V old = get(thread);
        if (old == null) {
            size++;
        }
        values[thread] = value;
        return old;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        return key instanceof Integer i && i >= 0 && i < values.length ? (V) values[i] : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<Integer, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<Integer, V>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        while (from < values.length && values[from] == null) {
                            from++;
                        }
                        return from;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Entry<Integer, V> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<Integer, V> e = new SimpleImmutableEntry<>(next, (V) values[next]);
                        next = advance(next + 1);
                        return e;
                    }
                };
            }
        };
    }
}
