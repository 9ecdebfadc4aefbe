package tcheck.mutate.operators;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import tcheck.mutate.MutationOperator;
import tcheck.mutate.Site;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code synchronized (x) { ... }} becomes {@code { ... }}: the monitor enter and its exits (the
 * normal one and the exception handler's) each become a POP of the monitor object.
 */
public final class DropSynchronizedBlock implements MutationOperator {
    @Override
    public String name() {
        return "drop-synchronized-block";
    }

    @Override
    public String description() {
        return "remove a synchronized (x) block's monitor enter and exits";
    }

    @Override
    public List<Site> sites(ClassNode c) {
        List<Site> out = new ArrayList<>();
        for (MethodNode m : c.methods) {
            for (AbstractInsnNode enter : m.instructions) {
                if (enter.getOpcode() != Opcodes.MONITORENTER) {
                    continue;
                }
                int slot = storedSlot(enter);
                List<Integer> positions = new ArrayList<>();
                positions.add(Bytecode.index(m, enter));
                for (AbstractInsnNode i = enter.getNext(); i != null; i = i.getNext()) {
                    if (i.getOpcode() == Opcodes.MONITORENTER && slot >= 0 && storedSlot(i) == slot) {
                        break; // a later block reusing the slot: its exits are its own
                    }
                    if (i.getOpcode() == Opcodes.MONITOREXIT && Bytecode.previousReal(i) instanceof VarInsnNode v
                            && v.getOpcode() == Opcodes.ALOAD && v.var == slot) {
                        positions.add(Bytecode.index(m, i));
                    }
                }
                if (positions.size() < 2) {
                    continue; // not javac's shape: no exit we can pair with it
                }
                out.add(new Site(Bytecode.key(m), positions.stream().mapToInt(Integer::intValue).toArray(), null,
                        "synchronized (" + monitor(m, enter) + ") removed in " + Bytecode.signature(m), Bytecode.line(enter)));
            }
        }
        return out;
    }

    /** javac stores the monitor object in a local right before entering: that local's slot, else -1. */
    private static int storedSlot(AbstractInsnNode enter) {
        return Bytecode.previousReal(enter) instanceof VarInsnNode v && v.getOpcode() == Opcodes.ASTORE ? v.var : -1;
    }

    private static String monitor(MethodNode m, AbstractInsnNode enter) {
        AbstractInsnNode store = Bytecode.previousReal(enter);
        AbstractInsnNode dup = store == null ? null : Bytecode.previousReal(store);
        if (dup == null || dup.getOpcode() != Opcodes.DUP) {
            return "?";
        }
        List<AbstractInsnNode> seq = Bytecode.value(m, Bytecode.previousReal(dup));
        return seq == null ? "?" : Bytecode.describe(m, seq);
    }

    @Override
    public void apply(ClassNode c, Site site) {
        MethodNode m = Bytecode.method(c, site.method());
        List<AbstractInsnNode> targets = new ArrayList<>();
        for (int p : site.positions()) {
            targets.add(Bytecode.at(m, p));
        }
        for (AbstractInsnNode t : targets) {
            Bytecode.replace(m, t, new InsnNode(Opcodes.POP));
        }
    }
}
