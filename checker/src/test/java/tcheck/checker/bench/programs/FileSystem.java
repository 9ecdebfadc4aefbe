package tcheck.checker.bench.programs;

import java.util.Arrays;

/**
 * filesystem(n), Flanagan and Godefroid (POPL 2005), Fig. 7: thread {@code tid} locks inode
 * {@code tid % inodes}; if it has no block yet, it searches for a free block from {@code (i * 2) % blocks}
 * on, each under the block's lock, and assigns it. With the paper's 32 inodes and 26 blocks,
 * threads only interact from 14 threads on; fewer inodes and blocks make them interact at small sizes.
 */
public final class FileSystem implements Runnable, tcheck.checker.bench.BenchProgram {
    private final int threads;
    private final Object[] inodeLocks;
    private final Object[] blockLocks;
    private final int[] inode;
    private final boolean[] busy;

    public FileSystem(int threads, int inodes, int blocks) {
        this.threads = threads;
        this.inodeLocks = new Object[inodes];
        this.blockLocks = new Object[blocks];
        this.inode = new int[inodes];
        this.busy = new boolean[blocks];
        for (int i = 0; i < inodes; i++) {
            inodeLocks[i] = new Object();
        }
        for (int b = 0; b < blocks; b++) {
            blockLocks[b] = new Object();
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
        Thread t = new Thread(() -> allocate(tid), "T" + tid);
        t.start();
        spawn(tid + 1);
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void allocate(int tid) {
        int i = tid % inode.length;
        synchronized (inodeLocks[i]) {
            if (inode[i] == 0) {
                int b = (i * 2) % busy.length;
                while (true) {
                    synchronized (blockLocks[b]) {
                        if (!busy[b]) {
                            busy[b] = true;
                            inode[i] = b + 1;
                            break;
                        }
                    }
                    b = (b + 1) % busy.length;
                }
            }
        }
    }

    @Override
    public String outcome() {
        return Arrays.toString(inode) + " " + Arrays.toString(busy);
    }
}
