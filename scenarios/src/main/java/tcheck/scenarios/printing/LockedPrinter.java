package tcheck.scenarios.printing;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The seed's fix ({@code 000_715c6142ede907d2.txt} lines 580-608): one lock shared by all the printing
 * threads ({@code lock = Lock()} at module level), taken before the first piece of a line and released
 * after the last ({@code lock.acquire()} ... {@code lock.release()}). While a thread holds it no other
 * thread can print, so the pieces of one line come out together; the output of the seed becomes
 * {@code AAaabbBBccCC...}: whole pairs, in some order of the threads. The lock must be the
 * <em>same</em> object for every thread (one lock per printer would protect nothing), and everyone who
 * prints must take it: one thread that prints without it tears the others' lines again.
 */
final class LockedPrinter implements LinePrinter {
    private final Console console;
    private final ReentrantLock lock;

    /** @param lock the one lock every printing thread shares */
    LockedPrinter(Console console, ReentrantLock lock) {
        this.console = console;
        this.lock = lock;
    }

    @Override
    public void printLine(String line) {
        lock.lock();
        try {
            for (int i = 0; i < line.length(); i++) {
                console.print(line.substring(i, i + 1));
            }
            console.print("\n");
        } finally {
            lock.unlock();
        }
    }
}
