package tcheck.mutate.operators;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;
import tcheck.mutate.MutationOperator;
import tcheck.mutate.Site;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code volatile} field becomes a plain one: its accesses no longer order anything. Under
 * sequential consistency nothing changes; what changes is visibility, which shows as a data race.
 */
public final class DropVolatile implements MutationOperator {
    @Override
    public String name() {
        return "drop-volatile";
    }

    @Override
    public String description() {
        return "remove volatile from a field";
    }

    @Override
    public List<Site> sites(ClassNode c) {
        List<Site> out = new ArrayList<>();
        for (FieldNode f : c.fields) {
            if ((f.access & Opcodes.ACC_VOLATILE) != 0) {
                out.add(new Site(null, new int[0], f.name, "volatile removed from field " + f.name, firstUse(c, f)));
            }
        }
        return out;
    }

    /** Fields carry no line number: the first line that reads or writes the field stands for it. */
    private static int firstUse(ClassNode c, FieldNode f) {
        int best = 0;
        for (MethodNode m : c.methods) {
            for (AbstractInsnNode i : m.instructions) {
                if (i instanceof FieldInsnNode fi && fi.owner.equals(c.name) && fi.name.equals(f.name)) {
                    int line = Bytecode.line(i);
                    if (line > 0 && (best == 0 || line < best)) {
                        best = line;
                    }
                }
            }
        }
        return best;
    }

    @Override
    public void apply(ClassNode c, Site site) {
        FieldNode f = c.fields.stream().filter(x -> x.name.equals(site.field())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no field " + site.field() + " in " + c.name));
        f.access &= ~Opcodes.ACC_VOLATILE;
    }
}
