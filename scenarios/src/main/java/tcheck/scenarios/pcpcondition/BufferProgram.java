package tcheck.scenarios.pcpcondition;

import tcheck.scenario.Bound;
import tcheck.scenario.Program;
import tcheck.scenario.Violation;
import tcheck.scenarios.pcplock.ItemLedger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Producers P1..Pn each put m distinct items (Pp puts (p-1)m+1 .. pm), consumers C1..Cn each take m
 * items, over one bounded buffer. Afterwards the items taken must be exactly the items put.
 * A worker that is interrupted stops, as a well-behaved worker does; nothing here interrupts them.
 * Public for the other buffer families (simple-queue, synchronized-queue), which run the same program.
 */
public final class BufferProgram implements Program {
    private final BoundedBuffer buffer;
    private final Supplier<List<Integer>> itemsField;
    private final int pairs;
    private final int operations;
    /** Consumer c's takes in slots [c*m, (c+1)*m); null = not taken (the consumer stopped early). */
    private final Integer[] taken;

    /** @param itemsField reads the buffer's list directly (no lock), for traces between steps */
    public BufferProgram(Bound bound, BoundedBuffer buffer, Supplier<List<Integer>> itemsField) {
        this.buffer = buffer;
        this.itemsField = itemsField;
        this.pairs = bound.threads();
        this.operations = bound.operations();
        this.taken = new Integer[pairs * operations];
    }

    @Override
    public void run() {
        BoundedBuffer shared = buffer;
        int m = operations;
        Integer[] slots = taken;
        Thread[] threads = new Thread[2 * pairs];
        for (int p = 0; p < pairs; p++) {
            int first = p * m + 1;
            threads[p] = new Thread(() -> {
                try {
                    for (int k = 0; k < m; k++) {
                        shared.put(first + k);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "P" + (p + 1));
        }
        for (int c = 0; c < pairs; c++) {
            int first = c * m;
            threads[pairs + c] = new Thread(() -> {
                try {
                    for (int k = 0; k < m; k++) {
                        slots[first + k] = shared.take();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
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
        for (int v = 1; v <= pairs * operations; v++) {
            put.add(v);
        }
        ItemLedger ledger = new ItemLedger(put);
        for (int i = 0; i < taken.length; i++) {
            if (taken[i] != null) {
                ledger.taken("C" + (i / operations + 1), taken[i]);
            }
        }
        ledger.left(itemsField.get());
        String problem = ledger.problem(false);
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
