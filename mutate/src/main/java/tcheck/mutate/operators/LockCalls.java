package tcheck.mutate.operators;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/** Recognises calls on {@code java.util.concurrent.locks} locks and conditions, and monitor wake-ups. */
final class LockCalls {
    private static final String LOCKS = "java/util/concurrent/locks/";

    private LockCalls() {
    }

    /** {@code lock()} or {@code lockInterruptibly()} on a Lock (the waiting kinds; tryLock may fail by design). */
    static boolean isLock(AbstractInsnNode i) {
        return i instanceof MethodInsnNode m && m.owner.startsWith(LOCKS) && m.desc.equals("()V")
                && (m.name.equals("lock") || m.name.equals("lockInterruptibly"));
    }

    static boolean isUnlock(AbstractInsnNode i) {
        return i instanceof MethodInsnNode m && m.owner.startsWith(LOCKS) && m.desc.equals("()V") && m.name.equals("unlock");
    }

    static boolean isConditionSignal(AbstractInsnNode i, String name) {
        return i instanceof MethodInsnNode m && m.owner.equals(LOCKS + "Condition") && m.desc.equals("()V") && m.name.equals(name);
    }

    /** {@code notify()} / {@code notifyAll()} (Object's final methods, whatever the call names as owner). */
    static boolean isMonitorWakeup(AbstractInsnNode i, String name) {
        return i instanceof MethodInsnNode m && m.getOpcode() == Opcodes.INVOKEVIRTUAL && m.desc.equals("()V") && m.name.equals(name);
    }

    static boolean isLockOperation(AbstractInsnNode i) {
        return i instanceof MethodInsnNode m && m.owner.startsWith(LOCKS)
                || i.getOpcode() == Opcodes.MONITORENTER || i.getOpcode() == Opcodes.MONITOREXIT;
    }
}
