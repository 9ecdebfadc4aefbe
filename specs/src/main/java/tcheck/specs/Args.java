package tcheck.specs;

import java.util.List;

/** Argument checks shared by the specs: a wrong call is the caller's mistake, said plainly. */
final class Args {
    private Args() {
    }

    static void none(String spec, String op, List<?> args) {
        count(spec, op, args, 0);
    }

    static void count(String spec, String op, List<?> args, int n) {
        if (args.size() != n) {
            throw new IllegalArgumentException(spec + "." + op + " takes " + n + " argument(s), got " + args);
        }
    }

    static int integer(String spec, String op, List<?> args, int index) {
        Object a = args.get(index);
        if (!(a instanceof Integer || a instanceof Long || a instanceof Short || a instanceof Byte)) {
            throw new IllegalArgumentException(spec + "." + op + " argument " + index + " must be an integer, got " + a);
        }
        return Math.toIntExact(((Number) a).longValue());
    }

    static IllegalArgumentException unknown(String spec, String op, List<String> known) {
        return new IllegalArgumentException("the " + spec + " spec has no operation '" + op + "' (known: " + known + ")");
    }
}
