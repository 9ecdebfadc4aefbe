package tcheck.checker.explorer.runtime;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The life of threads: {@code start} (the child learns the parent's clock), {@code join} (waits for
 * the end, learns the child's clock; an interrupt or, when nothing else can run, its timeout ends
 * it), {@code interrupt} and the flag's readers, {@code sleep} (a scheduling point that moves the
 * clock by its length and orders nothing) and {@code yield}. Interrupt flags are the model's: a
 * controlled thread's real flag is never touched.
 */
final class ThreadModel implements PrimitiveModel {
    private final ModelContext ctx;
    private final JdkCallModel jdk;
    private final Consumer<Thread> register;

    /** @param register adds a started thread to the execution */
    ThreadModel(ModelContext ctx, JdkCallModel jdk, Consumer<Thread> register) {
        this.ctx = ctx;
        this.jdk = jdk;
        this.register = register;
    }

    @Override
    public Set<OpKind> kinds() {
        return Set.of(OpKind.START, OpKind.JOIN, OpKind.YIELD, OpKind.SLEEP, OpKind.INTERRUPT, OpKind.INTERRUPT_CHECK,
                OpKind.THREAD_STATE);
    }

    @Override
    public boolean enabled(ThreadState t, Op op) {
        if (op.kind() != OpKind.JOIN) {
            return true;
        }
        ThreadState target = ctx.threads.apply((Thread) op.target());
        return target == null || target.status == Status.TERMINATED || ctx.mayTimeOut(t) && Boolean.TRUE.equals(op.arg())
                || ModelContext.interruptible(t);
    }

    @Override
    public Object execute(ThreadState t, Op op, int step) {
        switch (op.kind()) {
            case START -> {
                register.accept((Thread) op.target());
                ThreadState child = ctx.threads.apply((Thread) op.target());
                // an interrupt before the start was the Thread object's own (see INTERRUPT): the thread starts with it, as on a JVM
                child.interrupted = ((Thread) op.target()).isInterrupted();
                child.hb.join(t.hb);
                child.hb.tick(child.id);
                t.hb.tick(t.id);
                return null;
            }
            case JOIN -> {
                ThreadState other = ctx.threads.apply((Thread) op.target());
                if (other == null) {
                    return true;
                }
                t.hb.join(other.hb);
                if (other.status == Status.TERMINATED) {
                    return true;
                }
                if (ModelContext.interruptible(t)) {
                    return ModelContext.INTERRUPTED;
                }
                if (t.waitNanos >= 0) {
                    ctx.timedOut(t);
                }
                return false;
            }
            case SLEEP -> {
                if (t.interrupted) {
                    return ModelContext.INTERRUPTED;
                }
                ctx.clock.advanceTo(t.waitStart + Math.max(0, t.waitNanos));
                return null;
            }
            case INTERRUPT -> {
                jdk.fence(t);
                ThreadState other = ctx.threads.apply((Thread) op.target());
                if (other != null) {
                    other.interrupted = true;
                } else {
                    ((Thread) op.target()).interrupt();
                }
                return null;
            }
            case INTERRUPT_CHECK -> {
                jdk.fence(t);
                ThreadState other = ctx.threads.apply((Thread) op.target());
                boolean set = other != null ? other.interrupted : ((Thread) op.target()).isInterrupted();
                if (other != null && Boolean.TRUE.equals(op.arg())) {
                    other.interrupted = false; // Thread.interrupted() clears the flag it reports
                }
                return set;
            }
            default -> {
                return null;
            }
        }
    }

    @Override
    public String describe(Op op, Step s, ObjectNames names) {
        Object t = op.target();
        return switch (op.kind()) {
            case START -> "start " + names.of(t);
            case JOIN -> "join " + names.of(t) + (s.interrupted ? " -> interrupted" : "");
            case SLEEP -> op.slot() + (s.interrupted ? " -> interrupted" : "");
            case INTERRUPT -> "interrupt " + names.of(t);
            case INTERRUPT_CHECK -> (Boolean.TRUE.equals(op.arg()) ? "Thread.interrupted()" : names.of(t) + ".isInterrupted()")
                    + " -> " + (s.hasValue ? Actions.show(s.value) : "?");
            case THREAD_STATE -> names.of(t) + ".getState() -> " + (s.hasValue ? Actions.show(s.value) : "?");
            default -> String.valueOf(op.slot());
        };
    }

    @Override
    public Blocked blocked(ThreadState t, Op op, List<ThreadState> threads, ObjectNames names) {
        ThreadState target = ctx.threads.apply((Thread) op.target());
        return new Blocked("waits to join " + names.of(op.target()), target);
    }
}
