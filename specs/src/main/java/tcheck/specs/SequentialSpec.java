package tcheck.specs;

import java.util.List;
import java.util.Optional;

/**
 * The sequential specification of a concurrent object, in the shape porcupine uses: an initial
 * state and a step function. A concurrent history is linearizable when its operations can be put in
 * one order, consistent with real time, that this spec accepts step by step.
 *
 * <p>Specs here are <em>deterministic</em>: in a given state an operation with given arguments has
 * at most one legal outcome, so {@link #apply} computes it and {@link #step} compares it with what
 * was observed. That also lets a spec serve as a runnable model (see {@link SpecModel}), which
 * Lincheck needs, and lets a checker linearize a <em>pending</em> operation (invoked, never
 * returned) without knowing its output.
 *
 * <p><b>Blocking operations.</b> An operation that waits (a {@code take()} on an empty buffer, a
 * {@code put()} on a full one) is modelled by a precondition: {@link #apply} returns empty when the
 * operation is not enabled in the state. Its linearization point lies where it completes, and the
 * precondition must hold there; so a {@code take()} can only be linearized after enough
 * {@code put()}s, and a history whose only orders need a take on an empty buffer is not
 * linearizable. Waiting itself is invisible to the spec: how long an operation blocked is just the
 * width of its invocation-response interval.
 *
 * <p>States must be immutable values with {@code equals}/{@code hashCode}: a checker memoizes
 * (set of linearized operations, state) pairs, and two paths that reach equal states are one.
 *
 * @param <S> the state type
 */
public interface SequentialSpec<S> {

    /** A short name for reports, e.g. "counter". */
    String name();

    /** The state before any operation. */
    S init();

    /**
     * The outcome of {@code op(args)} in {@code state}: its output and the next state, or empty when
     * the operation is not enabled there (a blocking operation's precondition fails).
     *
     * @throws IllegalArgumentException for an operation this spec does not know, or malformed args:
     *                                  a mistake in the caller, not an impossible history
     */
    Optional<Transition<S>> apply(S state, String op, List<?> args);

    /**
     * Porcupine's step: the next state if {@code op(args)} may return {@code observed} in
     * {@code state}, else empty (that output is impossible here). Void operations return
     * {@code null}; an observed exception never matches a spec output.
     */
    default Optional<S> step(S state, String op, List<?> args, Object observed) {
        return apply(state, op, args)
                .filter(t -> Outputs.same(t.output(), observed))
                .map(Transition::next);
    }
}
