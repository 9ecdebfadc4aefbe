package tcheck.checker.explorer.runtime;

import java.util.List;

/**
 * Which calls on a java.util collection (or a StringBuilder) modify it (a write) and which only look (a read);
 * the traces' explanations ask the same of a call on a concurrent collection ({@code explain.StepKinds}).
 */
public final class CollectionCalls {
    private static final List<String> WRITE_PREFIXES = List.of(
            "add", "remove", "poll", "offer", "push", "pop", "put", "clear", "set", "retain", "compute", "merge",
            "replace", "sort", "take", "next", "previous",
            "append", "insert", "delete", "reverse", "setLength", "setCharAt", "trimToSize", "ensureCapacity");

    private CollectionCalls() {
    }

    public static boolean isWrite(String method) {
        for (String p : WRITE_PREFIXES) {
            if (method.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
