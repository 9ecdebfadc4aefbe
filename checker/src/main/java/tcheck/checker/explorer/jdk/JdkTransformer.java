package tcheck.checker.explorer.jdk;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;

/**
 * Rewrites the JDK's own {@code java.util.concurrent} classes so that they park, unpark, read the
 * clock, start threads, sleep and look at interrupt flags through {@code tcheck.jdkbridge.JdkBridge}.
 * Those few primitives are all that locks, queues, barriers, futures and executors are built on:
 * controlling them controls the JDK's real code, with no hand-written model of each class. Also
 * gives {@code Thread.run()} a first instruction that lets the explorer run the body of a thread
 * the JDK started (an executor's worker). Call sites only: no method or field is added, so already
 * loaded classes can be retransformed.
 */
final class JdkTransformer implements ClassFileTransformer {
    static final String BRIDGE = "tcheck/jdkbridge/JdkBridge";
    private static final String LOCK_SUPPORT = "java/util/concurrent/locks/LockSupport";

    /** The classes as an earlier JVM rewrote them, or null (see {@link RewrittenClasses}). */
    private final RewrittenClasses cache;

    JdkTransformer(RewrittenClasses cache) {
        this.cache = cache;
    }

    /** The classes this transformer changes (internal names). */
    static boolean targets(String name) {
        return name != null && (name.equals("java/lang/Thread") || name.equals("java/lang/VirtualThread") || name.startsWith("java/lang/ThreadLocal")
                || name.startsWith("java/util/concurrent/") && !name.equals(LOCK_SUPPORT)
                && !name.startsWith("java/util/concurrent/atomic/"));
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String className, Class<?> redefined,
                            ProtectionDomain domain, byte[] bytes) {
        if (loader != null || !targets(className)) {
            return null;
        }
        byte[] known = cache == null ? null : cache.get(className, bytes);
        if (known != null) {
            return known.length == 0 ? null : known;
        }
        try {
            byte[] rewritten = rewrite(bytes, className);
            if (cache != null) {
                cache.put(className, bytes, rewritten);
            }
            return rewritten;
        } catch (Throwable t) {
            // never break the JDK: a class that cannot be rewritten stays as it is (its calls then run uncontrolled)
            return null;
        }
    }

    static byte[] rewrite(byte[] bytes, String className) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        boolean[] changed = {false};
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
                MethodVisitor mv = super.visitMethod(access, name, desc, signature, exceptions);
                if (forkJoinEntry(className, name, access)) {
                    changed[0] = true;
                    return new ForkJoinPrologue(new CallSites(mv, changed), className.substring(className.lastIndexOf('/') + 1) + "." + name,
                            (access & Opcodes.ACC_STATIC) == 0);
                }
                if (className.equals("java/util/concurrent/ForkJoinWorkerThread") && name.equals("run") && desc.equals("()V")) {
                    changed[0] = true; // a pool's worker overrides run(): the explorer runs its body as it does Thread.run()'s
                    return new RunPrologue(new CallSites(mv, changed), "threadRun");
                }
                if (className.startsWith("java/lang/ThreadLocal")) {
                    return new CurrentThreadSites(mv, changed); // thread locals are the logical thread's
                }
                if (className.equals("java/lang/VirtualThread")) {
                    // only its starts, which override Thread's: the checked code's virtual threads are refused (JdkHandler)
                    if (name.equals("start") && (desc.equals("()V") || desc.equals("(Ljdk/internal/vm/ThreadContainer;)V"))) {
                        changed[0] = true;
                        return new RunPrologue(mv, "startPrologue");
                    }
                    return mv;
                }
                if (className.equals("java/lang/Thread")) {
                    if (name.equals("<init>")) {
                        return new CurrentThreadSites(mv, changed); // a new thread inherits from the logical thread that made it
                    }
                    if (name.equals("run") && desc.equals("()V")) {
                        changed[0] = true;
                        return new RunPrologue(mv, "threadRun");
                    }
                    if (name.equals("start") && desc.equals("()V")) {
                        changed[0] = true;
                        return new RunPrologue(mv, "startPrologue");
                    }
                    return mv;
                }
                return new CallSites(mv, changed);
            }
        }, 0);
        return changed[0] ? writer.toByteArray() : null;
    }

    /**
     * The public ways work is handed to a ForkJoinPool. The bridge refuses only the JVM's real common
     * pool, reached through a reference taken before the run (every read of {@code ForkJoinPool.common}
     * during a run gives the execution's own common pool instead).
     */
    private static boolean forkJoinEntry(String className, String method, int access) {
        if ((access & Opcodes.ACC_PUBLIC) == 0) {
            return false;
        }
        return className.equals("java/util/concurrent/ForkJoinPool") && switch (method) {
            case "execute", "submit", "invoke", "invokeAll", "invokeAny" -> true;
            default -> false;
        };
    }

    /** {@code JdkBridge.forkJoin("ForkJoinPool.execute", this);} before the original body. */
    private static final class ForkJoinPrologue extends MethodVisitor {
        private final String where;
        private final boolean instance;

        ForkJoinPrologue(MethodVisitor mv, String where, boolean instance) {
            super(Opcodes.ASM9, mv);
            this.where = where;
            this.instance = instance;
        }

        @Override
        public void visitCode() {
            super.visitCode();
            super.visitLdcInsn(where);
            if (instance) {
                super.visitVarInsn(Opcodes.ALOAD, 0);
            } else {
                super.visitInsn(Opcodes.ACONST_NULL);
            }
            super.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, "forkJoin", "(Ljava/lang/String;Ljava/lang/Object;)V", false);
        }
    }

    /**
     * {@code if (JdkBridge.<hook>(this)) return;} before the original body: in {@code Thread.run()}
     * (the explorer runs the body of a thread the JDK started) and {@code Thread.start()} (a thread
     * started from controlled code, by whatever JDK class, becomes a controlled thread).
     */
    private static final class RunPrologue extends MethodVisitor {
        private final String hook;

        RunPrologue(MethodVisitor mv, String hook) {
            super(Opcodes.ASM9, mv);
            this.hook = hook;
        }

        @Override
        public void visitCode() {
            super.visitCode();
            Label body = new Label();
            super.visitVarInsn(Opcodes.ALOAD, 0);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, hook, "(Ljava/lang/Thread;)Z", false);
            super.visitJumpInsn(Opcodes.IFEQ, body);
            super.visitInsn(Opcodes.RETURN);
            super.visitLabel(body);
            super.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
        }
    }

    /** Only {@code Thread.currentThread()} becomes the bridge's: the logical thread, not a pooled carrier. */
    private static class CurrentThreadSites extends MethodVisitor {
        final boolean[] changed;

        CurrentThreadSites(MethodVisitor mv, boolean[] changed) {
            super(Opcodes.ASM9, mv);
            this.changed = changed;
        }

        /** Whether this call was the current-thread query, now replaced. */
        boolean currentThread(int opcode, String owner, String name, String desc) {
            if (opcode == Opcodes.INVOKESTATIC && owner.equals("java/lang/Thread") && name.equals("currentThread")
                    && desc.equals("()Ljava/lang/Thread;")) {
                changed[0] = true;
                super.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, name, desc, false);
                return true;
            }
            return false;
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean itf) {
            if (!currentThread(opcode, owner, name, desc)) {
                super.visitMethodInsn(opcode, owner, name, desc, itf);
            }
        }
    }

    /** Replaces the primitive calls by bridge calls of the same stack effect. */
    private static final class CallSites extends CurrentThreadSites {
        CallSites(MethodVisitor mv, boolean[] changed) {
            super(mv, changed);
        }

        private void bridge(String name, String desc) {
            changed[0] = true;
            super.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, name, desc, false);
        }

        /** {@code ForkJoinPool.common}: read, then handed to the bridge, which gives a controlled thread its execution's own pool. */
        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String desc) {
            super.visitFieldInsn(opcode, owner, name, desc);
            // and, from JDK 25 on, CompletableFuture's default pool (its timeouts' delay scheduler too), which its class
            // initializer took from ForkJoinPool.common: in whichever execution that ran, an earlier one's pool later
            boolean asyncPool = owner.equals("java/util/concurrent/CompletableFuture") && name.equals("ASYNC_POOL")
                    && desc.equals("Ljava/util/concurrent/ForkJoinPool;");
            if (opcode == Opcodes.GETSTATIC && (owner.equals("java/util/concurrent/ForkJoinPool") && name.equals("common") || asyncPool)) {
                bridge("commonPool", "(Ljava/util/concurrent/ForkJoinPool;)Ljava/util/concurrent/ForkJoinPool;");
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean itf) {
            if (currentThread(opcode, owner, name, desc)) {
                return;
            }
            switch (owner) {
                case LOCK_SUPPORT -> {
                    if (name.startsWith("park") || name.equals("unpark")) {
                        bridge(name, desc);
                        return;
                    }
                }
                case "jdk/internal/misc/Unsafe" -> {
                    if (name.equals("park") && desc.equals("(ZJ)V")) {
                        bridge("unsafePark", "(Ljava/lang/Object;ZJ)V");
                        return;
                    }
                    if (name.equals("unpark") && desc.equals("(Ljava/lang/Object;)V")) {
                        bridge("unsafeUnpark", "(Ljava/lang/Object;Ljava/lang/Object;)V");
                        return;
                    }
                }
                case "java/lang/System" -> {
                    if ((name.equals("nanoTime") || name.equals("currentTimeMillis")) && desc.equals("()J")) {
                        bridge(name, desc);
                        return;
                    }
                }
                case "jdk/internal/vm/SharedThreadContainer" -> {
                    if (name.equals("start") && desc.equals("(Ljava/lang/Thread;)V")) {
                        bridge("containerStart", "(Ljava/lang/Object;Ljava/lang/Thread;)V");
                        return;
                    }
                }
                case "jdk/internal/access/JavaLangAccess" -> {
                    if (name.equals("start") && desc.equals("(Ljava/lang/Thread;Ljdk/internal/vm/ThreadContainer;)V")) {
                        bridge("accessStart", "(Ljava/lang/Object;Ljava/lang/Thread;Ljava/lang/Object;)V");
                        return;
                    }
                }
                case "java/util/concurrent/ForkJoinWorkerThread", "java/util/concurrent/DelayScheduler" -> {
                    if (opcode == Opcodes.INVOKEVIRTUAL && name.equals("start") && desc.equals("()V")) {
                        bridge("start", "(Ljava/lang/Thread;)V");
                        return;
                    }
                }
                case "java/lang/Thread" -> {
                    if (opcode == Opcodes.INVOKESTATIC && name.equals("interrupted") && desc.equals("()Z")) {
                        bridge("interrupted", desc);
                        return;
                    }
                    if (opcode == Opcodes.INVOKESTATIC && name.equals("sleep") && (desc.equals("(J)V") || desc.equals("(JI)V"))) {
                        bridge("sleep", desc);
                        return;
                    }
                    if (opcode == Opcodes.INVOKEVIRTUAL && desc.equals("()V") && (name.equals("start") || name.equals("interrupt"))) {
                        bridge(name, "(Ljava/lang/Thread;)V");
                        return;
                    }
                    if (opcode == Opcodes.INVOKEVIRTUAL && name.equals("isInterrupted") && desc.equals("()Z")) {
                        bridge("isInterrupted", "(Ljava/lang/Thread;)Z");
                        return;
                    }
                }
                default -> {
                }
            }
            super.visitMethodInsn(opcode, owner, name, desc, itf);
        }
    }
}
