package tcheck.mutate.operators;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import tcheck.mutate.MutationOperator;
import tcheck.mutate.Site;

import java.util.ArrayList;
import java.util.List;

/** A {@code synchronized} method loses the modifier: its body runs without the object's monitor. */
public final class DropSynchronizedMethod implements MutationOperator {
    @Override
    public String name() {
        return "drop-synchronized-method";
    }

    @Override
    public String description() {
        return "remove the synchronized modifier of a method";
    }

    @Override
    public List<Site> sites(ClassNode c) {
        List<Site> out = new ArrayList<>();
        for (MethodNode m : c.methods) {
            if ((m.access & Opcodes.ACC_SYNCHRONIZED) != 0) {
                out.add(new Site(Bytecode.key(m), new int[0], null,
                        "synchronized removed from " + Bytecode.signature(m), Math.max(0, Bytecode.firstLine(m))));
            }
        }
        return out;
    }

    @Override
    public void apply(ClassNode c, Site site) {
        Bytecode.method(c, site.method()).access &= ~Opcodes.ACC_SYNCHRONIZED;
    }
}
