package tcheck.checker.explorer.barrierfixtures;

/** {@link ActionThrows}, failing at the end with its outcome, so that a trace shows the barrier's steps. */
public class ActionThrowsShown extends ActionThrows {
    @Override
    void done(String outcome) {
        throw new AssertionError(outcome);
    }
}
