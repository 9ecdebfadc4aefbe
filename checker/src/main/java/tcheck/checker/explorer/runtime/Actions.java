package tcheck.checker.explorer.runtime;

import java.util.Arrays;

/** Words for a step's action in a trace: "read count -> 0", "lock Fork#2", "notify() on Buffer#1 -> wakes C1". */
final class Actions {
    private Actions() {
    }

    static String describe(Step s, ObjectNames names) {
        Op op = s.op;
        Object t = op.target();
        String v = s.hasValue ? show(s.value) : "?";
        return switch (op.kind()) {
            case READ -> "read " + location(op, names) + " -> " + v;
            case WRITE -> "write " + location(op, names) + " <- " + v;
            case MONITOR_ENTER -> "enter synchronized(" + names.of(t) + ")";
            case MONITOR_EXIT -> "exit synchronized(" + names.of(t) + ")";
            case WAIT -> "wait() on " + names.of(t) + " (releases it)";
            case WAKE -> (Boolean.FALSE.equals(s.value) ? "returns from wait() without notify" : "wakes from wait()")
                    + ", re-acquires " + names.of(t);
            case NOTIFY -> "notify() on " + names.of(t) + (s.hasValue ? " -> wakes " + v : " (no one waits: lost)");
            case NOTIFY_ALL -> "notifyAll() on " + names.of(t) + (s.hasValue ? " -> wakes " + v : "");
            case LOCK -> "lock " + names.of(t);
            case TRY_LOCK -> "tryLock " + names.of(t) + " -> " + v;
            case UNLOCK -> "unlock " + names.of(t);
            case AWAIT -> "await " + names.of(t) + " (releases " + names.of(op.arg()) + ")";
            case AWAKE -> (Boolean.FALSE.equals(s.value) ? "returns from await() without signal" : "wakes from await " + names.of(t))
                    + ", re-acquires " + names.of(op.arg());
            case SIGNAL -> "signal " + names.of(t) + (s.hasValue ? " -> wakes " + v : " (no one waits: lost)");
            case SIGNAL_ALL -> "signalAll " + names.of(t) + (s.hasValue ? " -> wakes " + v : "");
            case ACQUIRE -> "acquire " + names.of(t) + permits(op);
            case TRY_ACQUIRE -> "tryAcquire " + names.of(t) + permits(op) + " -> " + v;
            case RELEASE -> "release " + names.of(t) + permits(op);
            case LATCH_AWAIT -> "await " + names.of(t);
            case COUNT_DOWN -> "countDown " + names.of(t);
            case CALL, JDK_CALL -> names.of(t) + "." + op.slot() + "()" + (s.hasValue && s.value != Void.class ? " -> " + v : "");
            case PARK -> (t instanceof String ? "LockSupport.park()" : names.of(t) + "." + op.slot() + "()")
                    + (s.value == Primitives.INTERRUPTED ? " wakes: interrupted" : s.value == null ? " resumes" : " resumes: " + s.value);
            case UNPARK -> "unpark " + names.of(t);
            case INTERRUPT -> "interrupt " + names.of(t);
            case INTERRUPT_CHECK -> (Boolean.TRUE.equals(op.arg()) ? "Thread.interrupted()" : names.of(t) + ".isInterrupted()") + " -> " + v;
            case SLEEP -> op.slot() + (s.value == Primitives.INTERRUPTED ? " -> interrupted" : "");
            case START -> "start " + names.of(t);
            case JOIN -> "join " + names.of(t);
            case YIELD -> String.valueOf(op.slot());
        };
    }

    private static String permits(Op op) {
        return op.arg() instanceof Integer n && n != 1 ? " (" + n + " permits)" : "";
    }

    private static String location(Op op, ObjectNames names) {
        if (op.slot() instanceof Integer i) {
            return names.of(op.target()) + "[" + i + "]";
        }
        return names.field(op.target(), String.valueOf(op.slot()));
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
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
