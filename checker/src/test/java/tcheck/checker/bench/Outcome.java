package tcheck.checker.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where a benchmark program's threads leave what they computed (a reader's result), out of the
 * checker's sight: this class is not instrumented, so recording is not a step and adds no
 * interleavings. Read after the execution, as part of its final outcome.
 */
public final class Outcome {
    private final Map<String, Object> values = new TreeMap<>();

    public synchronized void put(String key, Object value) {
        values.put(key, value);
    }

    @Override
    public synchronized String toString() {
        return values.toString();
    }
}
