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
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

/**
 * T1 prints the line {@code AA} and T2 the line {@code aa}, each in three atomic pieces (letter, letter,
 * newline) on one console, without a lock: the seed's {@code AaaABbBC...}.
 *
 * <p>Every piece is atomic, so the outcome is always some interleaving of the six pieces; only the two
 * where one line is printed entirely before the other are whole. Newlines are shown as {@code /}.
 */
@JCStressTest
@StressOf("interleaved-printing/piecewise")
@Description("a line printed in pieces without a lock: lines of two threads interleave")
@Outcome(id = {"AA/aa/", "aa/AA/"}, expect = ACCEPTABLE, desc = "both lines whole")
@Outcome(expect = ACCEPTABLE_INTERESTING, desc = "a line torn: pieces of the other thread's line inside it")
@State
public class TornLinesWhenPrintingInPieces {
    private final StressPrinting printing = StressPrinting.piecewise();

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
