package tcheck.mutate.operators;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import tcheck.mutate.MutationOperator;
import tcheck.mutate.Site;

import java.util.ArrayList;
import java.util.List;

/** A {@code notify()}, {@code notifyAll()}, {@code signal()} or {@code signalAll()} is dropped (a POP of its target). */
public final class DropWakeup implements MutationOperator {
    @Override
    public String name() {
        return "drop-wakeup";
    }

    @Override
    public String description() {
        return "remove a notify(), notifyAll(), signal() or signalAll()";
    }

    @Override
    public List<Site> sites(ClassNode c) {
        List<Site> out = new ArrayList<>();
        for (MethodNode m : c.methods) {
            for (AbstractInsnNode i : m.instructions) {
                boolean monitor = LockCalls.isMonitorWakeup(i, "notify") || LockCalls.isMonitorWakeup(i, "notifyAll");
                boolean condition = LockCalls.isConditionSignal(i, "signal") || LockCalls.isConditionSignal(i, "signalAll");
                if (monitor || condition) {
                    List<AbstractInsnNode> target = Bytecode.value(m, Bytecode.previousReal(i));
                    String on = target == null || monitor && Bytecode.describe(m, target).equals("this") ? ""
                            : Bytecode.describe(m, target) + ".";
                    out.add(new Site(Bytecode.key(m), new int[]{Bytecode.index(m, i)}, null,
                            on + ((MethodInsnNode) i).name + "() removed in " + Bytecode.signature(m), Bytecode.line(i)));
                }
            }
        }
        return out;
    }

    @Override
    public void apply(ClassNode c, Site site) {
        MethodNode m = Bytecode.method(c, site.method());
        Bytecode.replace(m, Bytecode.at(m, site.position(0)), new InsnNode(Opcodes.POP));
    }
}
