package tcheck.checker.explorer.runtime;

import java.util.List;
import java.util.Set;

/**
 * A call on a JDK object whose method holds the object's own monitor while it runs: a {@code StringBuffer}'s
 * {@code append}, a {@code PrintStream}'s {@code println} ({@link SynchronizedMutex#locksItself}). The JDK's
 * code takes the real monitor, which the explorer does not see, while the program's own
 * {@code synchronized (sb)} is modelled; so the call is one step that waits for the model's monitor on the
 * object and enters and leaves it (a synchronized block's happens-before). Without it, two appends of one
 * thread looked contiguous (no other thread's append could fall between them, as it can on a JVM), and
 * another thread's append ran inside the program's {@code synchronized (sb)}, which no JVM allows.
 *
 * <p>Two such calls depend on each other when one changes the object ({@link Op#write()}): appends, or prints
 * to a stream the program made. Prints to the console the execution began with change nothing the program
 * can read back, so they commute with each other (a program printing from its threads is not multiplied by
 * the orders of its lines), but not with the program's {@code synchronized} on the stream.
 */
final class LockedCallModel implements PrimitiveModel {
    private final MonitorModel monitors;
    /** The console as the execution began: a program that redirects {@code System.out} prints to a stream it can read. */
    private final Object out = System.out;
    private final Object err = System.err;

    LockedCallModel(MonitorModel monitors, ObjectNames names) {
        this.monitors = monitors;
        names.placedInVariable(out, "System.out");
        names.placedInVariable(err, "System.err");
    }

    /** Whether the call changes what the program can see of the object: the write of its operation. */
    boolean changes(Object receiver, String method) {
        if (receiver instanceof java.io.PrintStream) {
            return receiver != out && receiver != err;
        }
        return CollectionCalls.isWrite(method);
    }

    @Override
    public Set<OpKind> kinds() {
        return Set.of(OpKind.LOCKED_CALL);
    }

    @Override
    public boolean enabled(ThreadState t, Op op) {
        return monitors.monitor(op.target()).availableTo(t);
    }

    @Override
    public Blocked blocked(ThreadState t, Op op, List<ThreadState> threads, ObjectNames names) {
        return monitors.monitor(op.target()).waitingToEnter("its " + op.slot() + "() locks it");
    }

    @Override
    public Object execute(ThreadState t, Op op, int step) {
        monitors.monitor(op.target()).passThrough(t);
        return null;
    }

    @Override
    public String describe(Op op, Step s, ObjectNames names) {
        return Actions.call(op, s, names);
    }
}
