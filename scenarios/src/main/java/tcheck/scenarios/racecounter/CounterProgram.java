package tcheck.scenarios.racecounter;

import tcheck.scenario.Bound;
import tcheck.scenario.Program;
import tcheck.scenario.Violation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The seeds' {@code main()}: threads T1..Tn each call {@code increment()} {@code operations} times,
 * then the main thread joins them and expects {@code threads x operations}.
 */
final class CounterProgram implements Program {
    private final Counter counter;
    private final IntSupplier countField;
    private final int threads;
    private final int operations;

    /**
     * @param countField reads the counter's field directly (no lock), so the trace can show it
     *                   between steps while a thread holds the counter's monitor
     */
    CounterProgram(Bound bound, Counter counter, IntSupplier countField) {
        this.counter = counter;
        this.countField = countField;
        this.threads = bound.threads();
        this.operations = bound.operations();
    }

    @Override
    public void run() {
        Counter shared = counter;
        int n = operations;
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Thread(() -> {
                for (int k = 0; k < n; k++) {
                    shared.increment();
                }
            }, "T" + (i + 1));
        }
        for (Thread t : workers) {
            t.start();
        }
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while joining " + t.getName(), e);
            }
        }
    }

    @Override
    public void check() {
        int expected = threads * operations;
        int actual = counter.get();
        if (actual != expected) {
            throw Violation.invariant("final count " + actual + ", expected " + expected
                    + (actual < expected ? " (lost update)" : ""));
        }
    }

    @Override
    public Map<String, Object> sharedState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("count", countField.getAsInt());
        return state;
    }
}
