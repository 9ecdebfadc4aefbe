package tcheck.scenarios.printing;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code interleaved-printing/locked}: the same threads with a {@link LockedPrinter} each, all sharing
 * one lock held from the first piece of a line to the newline: seed {@code 000_715c6142ede907d2.txt}
 * lines 580-608, whose output {@code AAaabbBB...} has every pair whole.
 */
public final class LockedScenario extends PrintingScenario {
    @Override
    public String variant() {
        return "locked";
    }

    @Override
    public Expected expected() {
        return Expected.FIXED;
    }

    @Override
    public String title() {
        return "one shared lock around each whole line";
    }

    @Override
    public String lesson() {
        return "All printing threads share one lock and hold it from a line's first piece to its newline, so no"
                + " other thread prints in between: every line comes out whole, the threads' lines in some order.";
    }

    @Override
    public String expectedKind() {
        return null;
    }

    @Override
    public String seed() {
        return "000_715c6142ede907d2.txt lines 580-608 (lock.acquire() before the pair, lock.release() after: AAaabbBB...)";
    }

    @Override
    public Program newProgram(Bound bound) {
        return new PrintingProgram(bound, (console, threads) -> {
            ReentrantLock lock = new ReentrantLock(); // one lock, shared by every printer
            List<LinePrinter> printers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                printers.add(new LockedPrinter(console, lock));
            }
            return printers;
        });
    }
}
