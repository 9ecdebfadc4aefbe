package tcheck.mutate.operators;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;
import tcheck.mutate.MutationOperator;
import tcheck.mutate.Site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

/**
 * Two nested acquisitions, {@code synchronized (a) { synchronized (b) {} }} or {@code a.lock(); ...
 * b.lock();}, take their locks in the other order: the loads of {@code a} and {@code b} trade places,
 * so the releases (which use the same locals or receivers) still match what was taken.
 */
public final class SwapLockOrder implements MutationOperator {
    @Override
    public String name() {
        return "swap-lock-order";
    }

    @Override
    public String description() {
        return "swap the order of two nested lock acquisitions";
    }

    /** One acquisition: the loads of what is locked, and the instruction that locks it. */
    private record Acquisition(List<AbstractInsnNode> target, AbstractInsnNode lock) {
    }

    @Override
    public List<Site> sites(ClassNode c) {
        List<Site> out = new ArrayList<>();
        for (MethodNode m : c.methods) {
            Set<LabelNode> entries = Bytecode.entries(m);
            Acquisition previous = null;
            for (AbstractInsnNode i : m.instructions) {
                if (i instanceof LabelNode l && entries.contains(l) || Bytecode.real(i) && Bytecode.branches(i)) {
                    previous = null; // only acquisitions on one straight line are swapped
                    continue;
                }
                if (LockCalls.isUnlock(i) || i.getOpcode() == Opcodes.MONITOREXIT) {
                    previous = null; // released: the next acquisition is not nested in it
                    continue;
                }
                Acquisition a = acquisition(m, i);
                if (a == null) {
                    continue;
                }
                if (previous != null && previous.lock().getOpcode() == a.lock().getOpcode() && !Bytecode.same(previous.target(), a.target())) {
                    int[] positions = {Bytecode.index(m, previous.target().get(0)), Bytecode.index(m, previous.target().get(previous.target().size() - 1)),
                            Bytecode.index(m, a.target().get(0)), Bytecode.index(m, a.target().get(a.target().size() - 1))};
                    out.add(new Site(Bytecode.key(m), positions, null, "lock order swapped: " + Bytecode.describe(m, a.target())
                            + " before " + Bytecode.describe(m, previous.target()) + " in " + Bytecode.signature(m),
                            Bytecode.line(previous.lock())));
                }
                previous = a;
            }
        }
        return out;
    }

    private static Acquisition acquisition(MethodNode m, AbstractInsnNode i) {
        if (LockCalls.isLock(i)) {
            List<AbstractInsnNode> target = Bytecode.value(m, Bytecode.previousReal(i));
            return target == null ? null : new Acquisition(target, i);
        }
        if (i.getOpcode() == Opcodes.MONITORENTER) {
            AbstractInsnNode store = Bytecode.previousReal(i);
            AbstractInsnNode dup = store == null ? null : Bytecode.previousReal(store);
            if (store == null || store.getOpcode() != Opcodes.ASTORE || dup == null || dup.getOpcode() != Opcodes.DUP) {
                return null;
            }
            List<AbstractInsnNode> target = Bytecode.value(m, Bytecode.previousReal(dup));
            return target == null ? null : new Acquisition(target, i);
        }
        return null;
    }

    @Override
    public void apply(ClassNode c, Site site) {
        MethodNode m = Bytecode.method(c, site.method());
        List<AbstractInsnNode> first = range(m, site.position(0), site.position(1));
        List<AbstractInsnNode> second = range(m, site.position(2), site.position(3));
        // the second range comes later: replace it first, so the first range's nodes are still where they were
        AbstractInsnNode firstAnchor = first.get(0);
        AbstractInsnNode secondAnchor = second.get(0);
        m.instructions.insertBefore(secondAnchor, copy(first));
        m.instructions.insertBefore(firstAnchor, copy(second));
        first.forEach(m.instructions::remove);
        second.forEach(m.instructions::remove);
    }

    private static List<AbstractInsnNode> range(MethodNode m, int from, int to) {
        List<AbstractInsnNode> out = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            AbstractInsnNode i = Bytecode.at(m, k);
            if (Bytecode.real(i)) {
                out.add(i);
            }
        }
        return out;
    }

    private static InsnList copy(List<AbstractInsnNode> insns) {
        InsnList out = new InsnList();
        insns.forEach(i -> out.add(i.clone(new HashMap<>())));
        return out;
    }
}
