package tcheck.checker.bench.programs;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * indexer(n), Flanagan and Godefroid, "Dynamic partial-order reduction for model checking software"
 * (POPL 2005), Fig. 5: n threads insert messages into a shared hash table with compare-and-set,
 * probing linearly on a collision. Thread {@code tid}'s m-th message is {@code w = m * 11 + tid},
 * hashed to {@code (w * 7) % size}. With the paper's table of 128 slots and 4 messages per thread,
 * threads only collide from 12 threads on; a smaller table makes them collide at small sizes.
 */
public final class Indexer implements Runnable, tcheck.checker.bench.BenchProgram {
    private final int threads;
    private final int messages;
    private final AtomicInteger[] table;

    public Indexer(int threads, int messages, int size) {
        this.threads = threads;
        this.messages = messages;
        this.table = new AtomicInteger[size];
        for (int i = 0; i < size; i++) {
            table[i] = new AtomicInteger();
        }
    }

    @Override
    public void run() {
        spawn(0);
    }

    private void spawn(int tid) {
        if (tid >= threads) {
            return;
        }
        Thread t = new Thread(() -> insertAll(tid), "T" + tid);
        t.start();
        spawn(tid + 1);
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void insertAll(int tid) {
        for (int m = 1; m <= messages; m++) {
            int w = m * 11 + tid;
            int h = (w * 7) % table.length;
            while (!table[h].compareAndSet(0, w)) {
                h = (h + 1) % table.length;
            }
        }
    }

    @Override
    public String outcome() {
        StringBuilder out = new StringBuilder();
        for (AtomicInteger slot : table) {
            out.append(slot.get()).append(' ');
        }
        return out.toString().trim();
    }
}
