package tcheck.checker.explorer.javafixtures;

import tcheck.checker.explorer.outside.LibraryPool;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Work handed to a thread that existed before the run: the checker cannot schedule it. */
public class HandsWorkToALibraryThread implements Runnable {
    private int value;

    @Override
    public void run() {
        Future<?> f = LibraryPool.POOL.submit(() -> value = 1);
        try {
            f.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
