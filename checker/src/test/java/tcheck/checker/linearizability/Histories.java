package tcheck.checker.linearizability;

import java.util.List;

/** Shorthand for hand-written histories: {@code op("T1", 1, 4, "put", null, 7)} is T1 put(7) over events 1..4. */
final class Histories {
    private Histories() {
    }

    static OperationRecord op(String thread, long invocation, long response, String name, Object result, Object... args) {
        return OperationRecord.completed(thread, name, List.of(args), result, invocation, response);
    }

    static OperationRecord pending(String thread, long invocation, String name, Object... args) {
        return OperationRecord.pending(thread, name, List.of(args), invocation);
    }
}
