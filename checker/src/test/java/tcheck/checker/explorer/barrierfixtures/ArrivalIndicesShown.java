package tcheck.checker.explorer.barrierfixtures;

/** {@link ArrivalIndices}, failing at the end with the indices, so that a trace shows the arrivals beside them. */
public class ArrivalIndicesShown extends ArrivalIndices {
    @Override
    void done(String outcome) {
        throw new AssertionError(outcome);
    }
}
