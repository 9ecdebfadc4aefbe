package tcheck.scenarios.printing;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Two printers on one console, for threads the program does not start itself (jcstress actors): wired
 * as the scenarios' {@code newProgram} does, with no behaviour of its own.
 */
public final class StressPrinting {
    private final Console console = new Console();
    private final LinePrinter first;
    private final LinePrinter second;

    private StressPrinting(boolean locked) {
        ReentrantLock lock = new ReentrantLock();
        this.first = locked ? new LockedPrinter(console, lock) : new PiecewisePrinter(console);
        this.second = locked ? new LockedPrinter(console, lock) : new PiecewisePrinter(console);
    }

    /** {@code interleaved-printing/piecewise}. */
    public static StressPrinting piecewise() {
        return new StressPrinting(false);
    }

    /** {@code interleaved-printing/locked}. */
    public static StressPrinting locked() {
        return new StressPrinting(true);
    }

    /** T1's line, {@code AA}, on the calling thread. */
    public void printFirst() {
        first.printLine("AA");
    }

    /** T2's line, {@code aa}, on the calling thread. */
    public void printSecond() {
        second.printLine("aa");
    }

    /**
     * Everything printed, newlines shown as {@code /} (jcstress outcomes are one line, and outcome ids are
     * regular expressions, so not {@code |}).
     */
    public String output() {
        return console.text().replace('\n', '/');
    }
}
