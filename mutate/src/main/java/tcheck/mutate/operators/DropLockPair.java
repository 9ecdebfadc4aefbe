package tcheck.mutate.operators;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodNode;
import tcheck.mutate.MutationOperator;
import tcheck.mutate.Site;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code l.lock(); try { ... } finally { l.unlock(); }} loses both calls: each becomes a POP of the
 * lock. The unlocks paired with a {@code lock()} are those on the same receiver after it, up to the
 * next {@code lock()} of that receiver.
 */
public final class DropLockPair implements MutationOperator {
    @Override
    public String name() {
        return "drop-lock-pair";
    }

    @Override
    public String description() {
        return "remove a lock() and its unlock()s";
    }

    @Override
    public List<Site> sites(ClassNode c) {
        List<Site> out = new ArrayList<>();
        for (MethodNode m : c.methods) {
            for (AbstractInsnNode lock : m.instructions) {
                if (!LockCalls.isLock(lock)) {
                    continue;
                }
                List<AbstractInsnNode> receiver = Bytecode.value(m, Bytecode.previousReal(lock));
                if (receiver == null) {
                    continue;
                }
                List<Integer> positions = new ArrayList<>(List.of(Bytecode.index(m, lock)));
                for (AbstractInsnNode i = lock.getNext(); i != null; i = i.getNext()) {
                    if (LockCalls.isLock(i) && sameReceiver(m, i, receiver)) {
                        break;
                    }
                    if (LockCalls.isUnlock(i) && sameReceiver(m, i, receiver)) {
                        positions.add(Bytecode.index(m, i));
                    }
                }
                if (positions.size() < 2) {
                    continue;
                }
                out.add(new Site(Bytecode.key(m), positions.stream().mapToInt(Integer::intValue).toArray(), null,
                        Bytecode.describe(m, receiver) + ".lock() and its unlock() removed in " + Bytecode.signature(m),
                        Bytecode.line(lock)));
            }
        }
        return out;
    }

    private static boolean sameReceiver(MethodNode m, AbstractInsnNode call, List<AbstractInsnNode> receiver) {
        List<AbstractInsnNode> r = Bytecode.value(m, Bytecode.previousReal(call));
        return r != null && Bytecode.same(r, receiver);
    }

    @Override
    public void apply(ClassNode c, Site site) {
        MethodNode m = Bytecode.method(c, site.method());
        List<AbstractInsnNode> calls = new ArrayList<>();
        for (int p : site.positions()) {
            calls.add(Bytecode.at(m, p));
        }
        for (AbstractInsnNode call : calls) {
            Bytecode.replace(m, call, new InsnNode(Opcodes.POP));
        }
    }
}
