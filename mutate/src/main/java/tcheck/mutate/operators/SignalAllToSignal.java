package tcheck.mutate.operators;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import tcheck.mutate.MutationOperator;
import tcheck.mutate.Site;

import java.util.ArrayList;
import java.util.List;

/** {@code condition.signalAll()} becomes {@code condition.signal()}: one waiter of the condition wakes. */
public final class SignalAllToSignal implements MutationOperator {
    @Override
    public String name() {
        return "signal-all-to-signal";
    }

    @Override
    public String description() {
        return "Condition.signalAll() becomes signal()";
    }

    @Override
    public List<Site> sites(ClassNode c) {
        List<Site> out = new ArrayList<>();
        for (MethodNode m : c.methods) {
            for (AbstractInsnNode i : m.instructions) {
                if (LockCalls.isConditionSignal(i, "signalAll")) {
                    List<AbstractInsnNode> cond = Bytecode.value(m, Bytecode.previousReal(i));
                    out.add(new Site(Bytecode.key(m), new int[]{Bytecode.index(m, i)}, null,
                            (cond == null ? "" : Bytecode.describe(m, cond) + ".") + "signalAll() -> signal() in "
                                    + Bytecode.signature(m), Bytecode.line(i)));
                }
            }
        }
        return out;
    }

    @Override
    public void apply(ClassNode c, Site site) {
        ((MethodInsnNode) Bytecode.at(Bytecode.method(c, site.method()), site.position(0))).name = "signal";
    }
}
