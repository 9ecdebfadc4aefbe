package tcheck.specs;

import java.util.Arrays;
import java.util.List;

/**
 * Equality of a spec's output with an observed one. Recorders do not all box the same way (an
 * {@code int} may arrive as Integer or Long, a sequence as a list or an array), so integral numbers
 * compare by value and arrays and lists element by element. Everything else uses {@code equals}.
 */
public final class Outputs {
    private Outputs() {
    }

    public static boolean same(Object expected, Object observed) {
        if (expected == observed) {
            return true;
        }
        if (expected == null || observed == null) {
            return false;
        }
        if (isIntegral(expected) && isIntegral(observed)) {
            return ((Number) expected).longValue() == ((Number) observed).longValue();
        }
        Object e = asListIfArray(expected);
        Object o = asListIfArray(observed);
        if (e instanceof List<?> le && o instanceof List<?> lo) {
            if (le.size() != lo.size()) {
                return false;
            }
            for (int i = 0; i < le.size(); i++) {
                if (!same(le.get(i), lo.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return e.equals(o);
    }

    /** A value as it should print in a history: arrays by content, strings quoted, null as "null". */
    public static String show(Object value) {
        if (value == null) {
            return "null";
        }
        if (value.getClass().isArray()) {
            return String.valueOf(asListIfArray(value));
        }
        if (value instanceof String s) {
            return '"' + s + '"';
        }
        return String.valueOf(value);
    }

    private static boolean isIntegral(Object o) {
        return o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte;
    }

    /** int[] {1,2} and List.of(1,2) denote the same sequence of values. */
    static Object asListIfArray(Object o) {
        if (o instanceof int[] a) {
            return Arrays.stream(a).boxed().toList();
        }
        if (o instanceof long[] a) {
            return Arrays.stream(a).boxed().toList();
        }
        if (o instanceof Object[] a) {
            return Arrays.asList(a);
        }
        return o;
    }
}
