package tcheck.checker.explorer.runtime;

import java.util.List;
import java.util.Set;

/**
 * {@code LockSupport.park/unpark}, the primitive the JDK's locks, queues, phasers and futures are
 * built on (the rewritten JDK code parks through here), and the program's own. Each thread has one
 * permit: {@code unpark} sets it, {@code park} blocks until it is set (and takes it), the thread is
 * interrupted, its time is up (only when nothing else can run) or, as an option and as the contract
 * allows, for no reason. A park inside a JDK call is shown as that call resuming.
 */
final class ParkModel implements PrimitiveModel {
    private final ModelContext ctx;
    private final JdkCallModel jdk;

    ParkModel(ModelContext ctx, JdkCallModel jdk) {
        this.ctx = ctx;
        this.jdk = jdk;
    }

    @Override
    public Set<OpKind> kinds() {
        return Set.of(OpKind.PARK, OpKind.LOCK_PARK, OpKind.UNPARK);
    }

    @Override
    public boolean enabled(ThreadState t, Op op) {
        return op.kind() == OpKind.UNPARK || t.permit || t.interrupted || ctx.mayTimeOut(t) && t.waitNanos >= 0 || ctx.spurious(t);
    }

    @Override
    public Object execute(ThreadState t, Op op, int step) {
        jdk.fence(t);
        if (op.kind() == OpKind.UNPARK) {
            ThreadState other = ctx.threads.apply((Thread) op.target());
            if (other != null) {
                other.permit = true;
            }
            return null;
        }
        if (t.permit) {
            t.permit = false;
            return "unparked";
        }
        if (t.interrupted) {
            return ModelContext.INTERRUPTED; // park returns and leaves the flag set
        }
        if (t.waitNanos >= 0 && ctx.mayTimeOut(t)) {
            ctx.timedOut(t);
            return "timed out";
        }
        t.spuriousLeft--;
        return "returns spuriously";
    }

    @Override
    public String describe(Op op, Step s, ObjectNames names) {
        if (op.kind() == OpKind.UNPARK) {
            return "unpark " + names.of(op.target());
        }
        Object t = op.target();
        return (t instanceof String ? "LockSupport.park()" : names.of(t) + "." + op.slot() + "()")
                + (s.interrupted ? " wakes: interrupted" : s.value == null ? " resumes" : " resumes: " + s.value);
    }

    /** Said at the level of the program's call: "waits in queue.take(), never woken". */
    @Override
    public Blocked blocked(ThreadState t, Op op, List<ThreadState> threads, ObjectNames names) {
        Object target = op.target();
        if (target instanceof String) {
            return new Blocked("waits in LockSupport.park(), never unparked", null);
        }
        return new Blocked("waits in " + names.of(target) + "." + op.slot() + "(), never woken", null);
    }

    @Override
    public long stateHash() {
        return 0; // permits belong to the threads' pending operations' outcome, not to a shared object
    }
}
