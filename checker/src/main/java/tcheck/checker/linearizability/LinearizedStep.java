package tcheck.checker.linearizability;

/** One operation placed in a linearization, with the spec's state right after it. */
public record LinearizedStep(OperationRecord op, Object stateAfter) {
}
