package tcheck.results;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What one engine concluded about one scenario variant (DESIGN.md, "Results"). The JSON spelling is
 * {@link #label()}, fixed by the contract: scripts and the report's JavaScript compare those words.
 */
public enum Verdict {
    /** The engine showed the bug: a trace, a history or an outcome that breaks a property. */
    COUNTEREXAMPLE("counterexample"),
    /** A complete search found nothing. */
    VERIFIED("verified"),
    /** A non-exhaustive engine (stress, Lincheck, real threads) found nothing. */
    PASSED("passed"),
    /** The budget ran out before the search was complete, and nothing was found in what was searched. */
    BOUNDED("bounded"),
    /** A buggy variant whose bug a non-exhaustive engine did not see. */
    NOT_OBSERVED("not-observed"),
    /** The run itself went wrong; the message says how. */
    ERROR("error"),
    /** The engine cannot run on this machine; the message says why. Neither a pass nor a failure. */
    NOT_AVAILABLE("not-available");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The contract's spelling, as written in the JSON files. */
    @JsonValue
    public String label() {
        return label;
    }

    /** The verdict spelled {@code label}; null for null. */
    @JsonCreator
    public static Verdict of(String label) {
        return ContractWords.of(values(), Verdict::label, label, "verdict");
    }

    @Override
    public String toString() {
        return label;
    }
}
