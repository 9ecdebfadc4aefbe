package tcheck.checker.explorer.barrierfixtures;

/** {@link InterruptBreaks}, failing at the end with its outcome, so that a trace shows the barrier's steps. */
public class InterruptBreaksShown extends InterruptBreaks {
    @Override
    void done(String outcome) {
        throw new AssertionError(outcome);
    }
}
