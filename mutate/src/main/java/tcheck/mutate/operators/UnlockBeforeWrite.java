package tcheck.mutate.operators;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import tcheck.mutate.MutationOperator;
import tcheck.mutate.Site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

/**
 * {@code x = v; l.unlock();} becomes {@code l.unlock(); x = v;}: the last write before an unlock
 * (a field or array store, or a call that changes a {@code java.util} collection) happens after the
 * lock is released. The unlock moves to just before the writing instruction, so what the write
 * stores is still computed under the lock: the write alone escapes, as in an early unlock.
 */
public final class UnlockBeforeWrite implements MutationOperator {
    /** Calls that change a collection (the scenarios' buffers are ArrayDeque, LinkedList, ArrayList). */
    private static final Set<String> COLLECTION_WRITES = Set.of("add", "addFirst", "addLast", "offer", "offerFirst",
            "offerLast", "push", "pop", "poll", "pollFirst", "pollLast", "remove", "removeFirst", "removeLast", "put", "set", "clear");

    @Override
    public String name() {
        return "unlock-before-write";
    }

    @Override
    public String description() {
        return "move an unlock() before the write that precedes it";
    }

    @Override
    public List<Site> sites(ClassNode c) {
        List<Site> out = new ArrayList<>();
        for (MethodNode m : c.methods) {
            Set<LabelNode> entries = Bytecode.entries(m);
            for (AbstractInsnNode unlock : m.instructions) {
                if (!LockCalls.isUnlock(unlock)) {
                    continue;
                }
                List<AbstractInsnNode> receiver = Bytecode.value(m, Bytecode.previousReal(unlock));
                if (receiver == null) {
                    continue;
                }
                AbstractInsnNode write = precedingWrite(receiver.get(0), entries);
                if (write == null) {
                    continue;
                }
                out.add(new Site(Bytecode.key(m), new int[]{Bytecode.index(m, receiver.get(0)), Bytecode.index(m, unlock),
                        Bytecode.index(m, write)}, null,
                        Bytecode.describe(m, receiver) + ".unlock() moved before " + what(write) + " (line " + Bytecode.line(write)
                                + ") in " + Bytecode.signature(m), Bytecode.line(unlock)));
            }
        }
        return out;
    }

    /** The nearest write before {@code from} on the straight line into it; null when a branch, entry or lock call comes first. */
    private static AbstractInsnNode precedingWrite(AbstractInsnNode from, Set<LabelNode> entries) {
        for (AbstractInsnNode i = from.getPrevious(); i != null; i = i.getPrevious()) {
            if (i instanceof LabelNode l && entries.contains(l)) {
                return null;
            }
            if (!Bytecode.real(i)) {
                continue;
            }
            if (Bytecode.branches(i) || LockCalls.isLockOperation(i)) {
                return null;
            }
            if (isWrite(i)) {
                return i;
            }
        }
        return null;
    }

    private static boolean isWrite(AbstractInsnNode i) {
        int op = i.getOpcode();
        if (op == Opcodes.PUTFIELD || op == Opcodes.PUTSTATIC || (op >= Opcodes.IASTORE && op <= Opcodes.SASTORE)) {
            return true;
        }
        return i instanceof MethodInsnNode m && m.owner.startsWith("java/util/") && !m.owner.startsWith("java/util/concurrent/")
                && COLLECTION_WRITES.contains(m.name);
    }

    private static String what(AbstractInsnNode write) {
        if (write instanceof FieldInsnNode f) {
            return "the write of " + f.name;
        }
        if (write instanceof MethodInsnNode m) {
            return Bytecode.simple(m.owner) + "." + m.name + "()";
        }
        return "an array store";
    }

    @Override
    public void apply(ClassNode c, Site site) {
        MethodNode m = Bytecode.method(c, site.method());
        AbstractInsnNode first = Bytecode.at(m, site.position(0));
        AbstractInsnNode unlock = Bytecode.at(m, site.position(1));
        AbstractInsnNode write = Bytecode.at(m, site.position(2));
        List<AbstractInsnNode> moved = new ArrayList<>();
        for (AbstractInsnNode i = first; ; i = i.getNext()) {
            if (Bytecode.real(i)) {
                moved.add(i);
            }
            if (i == unlock) {
                break;
            }
        }
        // receiver and call push nothing net: removing them here and inserting them before the write keeps the stack shape
        InsnList copy = new InsnList();
        for (AbstractInsnNode i : moved) {
            copy.add(i.clone(new HashMap<>()));
            m.instructions.remove(i);
        }
        m.instructions.insertBefore(write, copy);
    }
}
