package tcheck.scenarios.pcplock;

import tcheck.scenario.Bound;
import tcheck.scenario.Program;
import tcheck.scenario.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The seed's {@code Producer().start(); Consumer().start()} with more consumers: P1 puts items
 * 1..m, and each consumer C1..Cn makes m poll attempts (an attempt may find the queue empty).
 * Afterwards every item must have come out exactly once: taken by one consumer, or still queued.
 */
final class PollingProgram implements Program {
    private final PollingQueue queue;
    private final Supplier<List<Integer>> itemsField;
    private final int consumers;
    private final int items;
    /** Consumer c's poll results in slots [c*items, (c+1)*items); null = "Queue Empty". */
    private final Integer[] polled;

    /** @param itemsField reads the queue's list directly (no lock), for traces between steps */
    PollingProgram(Bound bound, PollingQueue queue, Supplier<List<Integer>> itemsField) {
        this.queue = queue;
        this.itemsField = itemsField;
        this.consumers = bound.threads();
        this.items = bound.operations();
        this.polled = new Integer[consumers * items];
    }

    @Override
    public void run() {
        PollingQueue shared = queue;
        int m = items;
        Integer[] slots = polled;
        Thread[] threads = new Thread[consumers + 1];
        threads[0] = new Thread(() -> {
            for (int k = 1; k <= m; k++) {
                shared.put(k);
            }
        }, "P1");
        for (int c = 0; c < consumers; c++) {
            int first = c * m;
            threads[c + 1] = new Thread(() -> {
                for (int k = 0; k < m; k++) {
                    slots[first + k] = shared.poll();
                }
            }, "C" + (c + 1));
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
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
        List<Integer> put = new ArrayList<>();
        for (int k = 1; k <= items; k++) {
            put.add(k);
        }
        ItemLedger ledger = new ItemLedger(put);
        for (int i = 0; i < polled.length; i++) {
            if (polled[i] != null) {
                ledger.taken("C" + (i / items + 1), polled[i]);
            }
        }
        ledger.left(itemsField.get());
        String problem = ledger.problem(true);
        if (problem != null) {
            throw Violation.invariant(problem);
        }
    }

    @Override
    public Map<String, Object> sharedState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("items", List.copyOf(itemsField.get()));
        return state;
    }
}
