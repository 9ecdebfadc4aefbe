package tcheck.stress.printing;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.L_Result;
import tcheck.scenarios.printing.StressPrinting;
import tcheck.stress.harness.StressOf;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * The two lines of {@link TornLinesWhenPrintingInPieces}, each printed while holding one lock shared by
 * both printers: the lines come out whole, in either order. Newlines are shown as {@code /}.
 */
@JCStressTest
@StressOf("interleaved-printing/locked")
@Description("one shared lock around each line: every line whole")
@Outcome(id = {"AA/aa/", "aa/AA/"}, expect = ACCEPTABLE, desc = "both lines whole")
@Outcome(expect = FORBIDDEN, desc = "a line torn")
@State
public class WholeLinesWithOneLock {
    private final StressPrinting printing = StressPrinting.locked();

    @Actor
    public void t1() {
        printing.printFirst();
    }

    @Actor
    public void t2() {
        printing.printSecond();
    }

    @Arbiter
    public void output(L_Result r) {
        r.r1 = printing.output();
    }
}
