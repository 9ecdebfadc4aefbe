package tcheck.results;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What kind of bug a counterexample shows (DESIGN.md, "Results"). The JSON spelling is
 * {@link #label()}, fixed by the contract; scenarios name their expected kind in the same words.
 */
public enum FailureKind {
    /** A final-state invariant or an assertion broken. */
    INVARIANT("invariant"),
    /** An exception no thread caught. */
    EXCEPTION("exception"),
    /** Every live thread blocked. */
    DEADLOCK("deadlock"),
    /** A cycle of steps that changes no shared state: no progress for ever. */
    LIVELOCK("livelock"),
    /** Conflicting accesses without happens-before. */
    DATA_RACE("data-race"),
    /** An operation history no sequential order of the spec explains. */
    NON_LINEARIZABLE("non-linearizable"),
    /** A reader saw half of one update and half of another. */
    TORN_READ("torn-read");

    private final String label;

    FailureKind(String label) {
        this.label = label;
    }

    /** The contract's spelling, as written in the JSON files. */
    @JsonValue
    public String label() {
        return label;
    }

    /** The kind spelled {@code label}; null for null. */
    @JsonCreator
    public static FailureKind of(String label) {
        return ContractWords.of(values(), FailureKind::label, label, "kind");
    }

    /** The kind spelled {@code label}, or null when it is none (the explorer's own "error", "step-bound"). */
    public static FailureKind orNull(String label) {
        return ContractWords.orNull(values(), FailureKind::label, label);
    }

    @Override
    public String toString() {
        return label;
    }
}
