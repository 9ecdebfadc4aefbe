package tcheck.checker.explorer.runtime;

import java.util.List;

/**
 * Which calls on a java.util collection (or a StringBuilder) modify it (a write) and which only look (a read);
 * the traces' explanations ask the same of a call on a concurrent collection ({@code explain.StepKinds}).
 */
public final class CollectionCalls {
    private static final List<String> WRITE_PREFIXES = List.of(
            "add", "remove", "poll", "offer", "push", "pop", "put", "clear", "set", "retain", "compute", "merge",
            "replace", "sort", "take", "next", "previous", "split", "flip", "and", "or", "xor",
            "append", "insert", "delete", "reverse", "setLength", "setCharAt", "trimToSize", "ensureCapacity");

    private CollectionCalls() {
    }

    /**
     * The same for this receiver: an access-ordered {@code LinkedHashMap} (an LRU cache) moves the entry it is
     * asked for to the end, so its {@code get} writes, and two readers under a read lock race.
     */
    static boolean isWrite(Object receiver, String method) {
        if (receiver instanceof java.util.WeakHashMap<?, ?>) {
            return true; // every call drops the entries whose keys were collected
        }
        if ((method.equals("get") || method.equals("getOrDefault")) && receiver instanceof java.util.LinkedHashMap<?, ?> m) {
            return accessOrdered(m) || isWrite(method);
        }
        return isWrite(method);
    }

    private static final java.lang.reflect.Field ACCESS_ORDER = accessOrderField();

    private static java.lang.reflect.Field accessOrderField() {
        try {
            java.lang.reflect.Field f = java.util.LinkedHashMap.class.getDeclaredField("accessOrder");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // java.util not opened to the explorer: its get is taken for a read, as before
        }
    }

    private static boolean accessOrdered(java.util.LinkedHashMap<?, ?> m) {
        try {
            return ACCESS_ORDER != null && ACCESS_ORDER.getBoolean(m);
        } catch (IllegalAccessException e) {
            return false;
        }
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
