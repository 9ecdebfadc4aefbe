package tcheck.cli;

import picocli.CommandLine.Option;
import tcheck.results.Result;
import tcheck.results.text.TextTrace;

/** How a counterexample's trace is printed: folded with a short "why" unless asked otherwise. */
final class TraceDisplay {
    @Option(names = "--all-steps", description = "print every step on its own line (else a thread's turn folds into one line "
            + "and harness bookkeeping is hidden)")
    boolean allSteps;

    @Option(names = "--explain", description = "explain the failure at length: every marked step, the lesson and the seed "
            + "(else in a sentence or two)")
    boolean explain;

    String render(Result r) {
        return TextTrace.render(r, allSteps, explain);
    }
}
