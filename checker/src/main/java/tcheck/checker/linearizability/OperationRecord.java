package tcheck.checker.linearizability;

import tcheck.specs.Outputs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One operation of a concurrent history: which thread called what, with which arguments, what it
 * returned, and where its invocation and response fall in the history's single event order.
 *
 * @param thread     the calling thread's name, e.g. "T1"
 * @param name       the operation, as the spec names it ("put", "take", ...)
 * @param args       the arguments (may contain null)
 * @param result     the return value; {@code null} for void; a {@link Throwable} if it threw
 * @param invocation the position of the call in the event order
 * @param response   the position of the return, or {@link #PENDING} if it never returned
 */
public record OperationRecord(String thread, String name, List<Object> args, Object result,
                              long invocation, long response) {
    /** The response of an operation that was invoked but never returned (still blocked, thread died). */
    public static final long PENDING = -1;

    public OperationRecord {
        args = Collections.unmodifiableList(new ArrayList<>(args)); // List.copyOf rejects null arguments
        if (response != PENDING && response <= invocation) {
            throw new IllegalArgumentException("response " + response + " not after invocation " + invocation + " of " + thread + " " + name);
        }
    }

    public static OperationRecord completed(String thread, String name, List<Object> args, Object result, long invocation, long response) {
        return new OperationRecord(thread, name, args, result, invocation, response);
    }

    public static OperationRecord pending(String thread, String name, List<Object> args, long invocation) {
        return new OperationRecord(thread, name, args, null, invocation, PENDING);
    }

    public boolean pending() {
        return response == PENDING;
    }

    /** The response position, with a pending operation's at infinity (it may take effect any time later). */
    long responseOrInfinity() {
        return pending() ? Long.MAX_VALUE : response;
    }

    /** {@code a} happens before {@code b} in real time: a returned before b was invoked. */
    public boolean precedes(OperationRecord b) {
        return !pending() && response < b.invocation;
    }

    /** "put(1)". */
    public String call() {
        return name + args.stream().map(Outputs::show).collect(Collectors.joining(", ", "(", ")"));
    }

    /** The result as a history shows it: a value, "throws X", or "pending". */
    public String shownResult() {
        if (pending()) {
            return "pending";
        }
        if (result instanceof Throwable t) {
            return "throws " + t.getClass().getSimpleName();
        }
        return Outputs.show(result);
    }

    /** "put(1) -> null", "take() -> pending". */
    @Override
    public String toString() {
        return call() + " -> " + shownResult();
    }
}
