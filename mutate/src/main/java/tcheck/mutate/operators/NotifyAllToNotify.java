package tcheck.mutate.operators;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import tcheck.mutate.MutationOperator;
import tcheck.mutate.Site;

import java.util.ArrayList;
import java.util.List;

/** {@code notifyAll()} becomes {@code notify()}: one waiter wakes, any one, instead of every waiter. */
public final class NotifyAllToNotify implements MutationOperator {
    @Override
    public String name() {
        return "notify-all-to-notify";
    }

    @Override
    public String description() {
        return "notifyAll() becomes notify()";
    }

    @Override
    public List<Site> sites(ClassNode c) {
        List<Site> out = new ArrayList<>();
        for (MethodNode m : c.methods) {
            for (AbstractInsnNode i : m.instructions) {
                if (LockCalls.isMonitorWakeup(i, "notifyAll")) {
                    out.add(new Site(Bytecode.key(m), new int[]{Bytecode.index(m, i)}, null,
                            "notifyAll() -> notify() in " + Bytecode.signature(m), Bytecode.line(i)));
                }
            }
        }
        return out;
    }

    @Override
    public void apply(ClassNode c, Site site) {
        ((MethodInsnNode) Bytecode.at(Bytecode.method(c, site.method()), site.position(0))).name = "notify";
    }
}
