package tcheck.checker.explorer.runtime;

import java.util.Arrays;

/** Words for a step's action in a trace ("read count -> 0", "lock Fork#2"): each primitive's model says its own. */
final class Actions {
    private Actions() {
    }

    static String describe(Step s, Primitives primitives, ObjectNames names) {
        String words = primitives.describe(s, names);
        // a timeout the explorer let happen (early, as on a loaded machine) is said wherever the model's words do not say it
        return s.timedOut && !words.contains("timed out") ? words + ": timed out" : words;
    }

    /** A call's words: "queue.put()", "sb.append() -> ab" (a value, unless the call returns none). */
    static String call(Op op, Step s, ObjectNames names) {
        return names.of(op.target()) + "." + op.slot() + "()" + (s.hasValue && s.value != Void.class ? " -> " + show(s.value) : "");
    }

    static String show(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof int[] a) {
            return Arrays.toString(a);
        }
        if (v instanceof long[] a) {
            return Arrays.toString(a);
        }
        if (v instanceof Object[] a) {
            return Arrays.toString(a);
        }
        if (v.getClass().isArray()) {
            return v.getClass().getComponentType().getSimpleName() + "[]";
        }
        String s = String.valueOf(v);
        if (v instanceof String && hasControl(s)) {
            s = "\"" + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\""; // a line break must not break the trace's line
        }
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    /** A loop, not a stream: every step's words are made during the search, so this runs at every read or write of a string. */
    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
