package tcheck.scenarios.printing;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code interleaved-printing/piecewise}: T1 prints {@code "AA\n"} and T2 {@code "aa\n"}, each in three
 * atomic pieces with a {@link PiecewisePrinter}; one preemption between two pieces and a line comes
 * out torn ({@code "Aa\n..."}): seed {@code 000_715c6142ede907d2.txt} lines 551-578, whose output
 * {@code AaaABbBC...} shows the same.
 */
public final class PiecewiseScenario extends PrintingScenario {
    @Override
    public String variant() {
        return "piecewise";
    }

    @Override
    public Expected expected() {
        return Expected.BUGGY;
    }

    @Override
    public String title() {
        return "each line printed in pieces, no lock: lines interleave";
    }

    @Override
    public String lesson() {
        return "Every single print is atomic, but a line made of several prints is not: another thread can print"
                + " between two pieces, and its piece lands inside this line (\"Aa\" instead of \"AA\"). A sleep"
                + " between the pieces only makes it likelier; one preemption is enough.";
    }

    @Override
    public String expectedKind() {
        return "invariant";
    }

    @Override
    public String seed() {
        return "000_715c6142ede907d2.txt lines 551-578 (two threads print each letter twice, no lock: AaaABbBC...)";
    }

    @Override
    public Program newProgram(Bound bound) {
        return new PrintingProgram(bound, (console, threads) -> {
            List<LinePrinter> printers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                printers.add(new PiecewisePrinter(console));
            }
            return printers;
        });
    }
}
