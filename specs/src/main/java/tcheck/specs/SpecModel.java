package tcheck.specs;

import java.util.Arrays;

/**
 * A spec run as a plain sequential object: holds the current state and applies operations to it.
 * This is how a spec becomes the "sequential specification" class a tool such as Lincheck calls
 * method by method. An operation that is not enabled (a take on an empty buffer) throws
 * {@link NotEnabledException}: in a sequential run it would wait forever, so no sequential order
 * that puts it there can explain a concurrent history.
 */
public final class SpecModel<S> {
    private final SequentialSpec<S> spec;
    private S state;

    public SpecModel(SequentialSpec<S> spec) {
        this.spec = spec;
        this.state = spec.init();
    }

    /** Runs {@code op(args)} and returns its output. */
    public Object call(String op, Object... args) {
        Transition<S> t = spec.apply(state, op, Arrays.asList(args))
                .orElseThrow(() -> new NotEnabledException(spec.name() + "." + op + Arrays.asList(args) + " is not enabled in state " + state));
        state = t.next();
        return t.output();
    }

    public S state() {
        return state;
    }

    /** A blocking operation called where its precondition does not hold. */
    public static final class NotEnabledException extends IllegalStateException {
        public NotEnabledException(String message) {
            super(message);
        }
    }
}
