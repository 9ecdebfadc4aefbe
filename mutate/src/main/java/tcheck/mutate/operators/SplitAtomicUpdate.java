package tcheck.mutate.operators;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import tcheck.mutate.MutationOperator;
import tcheck.mutate.Site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An atomic read-modify-write of an {@code AtomicInteger} ({@code incrementAndGet()} and its kin)
 * becomes a {@code get()} followed by a {@code set()}: another thread's update can fall in between.
 * The replacement leaves the same value on the stack as the original call.
 */
public final class SplitAtomicUpdate implements MutationOperator {
    private static final String ATOMIC = "java/util/concurrent/atomic/AtomicInteger";

    /** The split forms: name -> (delta when constant, whether the old value is returned). */
    private record Form(int delta, boolean returnsOld) {
    }

    private static final Map<String, Form> FORMS = Map.of(
            "incrementAndGet()I", new Form(1, false),
            "getAndIncrement()I", new Form(1, true),
            "decrementAndGet()I", new Form(-1, false),
            "getAndDecrement()I", new Form(-1, true),
            "addAndGet(I)I", new Form(0, false),
            "getAndAdd(I)I", new Form(0, true));

    @Override
    public String name() {
        return "split-atomic-update";
    }

    @Override
    public String description() {
        return "an AtomicInteger read-modify-write becomes get() then set()";
    }

    @Override
    public List<Site> sites(ClassNode c) {
        List<Site> out = new ArrayList<>();
        for (MethodNode m : c.methods) {
            for (AbstractInsnNode i : m.instructions) {
                if (i instanceof MethodInsnNode mi && mi.owner.equals(ATOMIC) && FORMS.containsKey(mi.name + mi.desc)) {
                    out.add(new Site(Bytecode.key(m), new int[]{Bytecode.index(m, i)}, null,
                            mi.name + "() split into get() and set() in " + Bytecode.signature(m), Bytecode.line(i)));
                }
            }
        }
        return out;
    }

    @Override
    public void apply(ClassNode c, Site site) {
        MethodNode m = Bytecode.method(c, site.method());
        MethodInsnNode call = (MethodInsnNode) Bytecode.at(m, site.position(0));
        Form form = FORMS.get(call.name + call.desc);
        InsnList code = new InsnList();
        if (form.delta() != 0) {
            // [ref] -> [ref ref] -> [ref v]
            code.add(new InsnNode(Opcodes.DUP));
            code.add(get());
            if (form.returnsOld()) {
                code.add(new InsnNode(Opcodes.DUP_X1));                 // [v ref v]
            }
            code.add(new InsnNode(form.delta() > 0 ? Opcodes.ICONST_1 : Opcodes.ICONST_M1));
            code.add(new InsnNode(Opcodes.IADD));                       // [.. ref v']
            if (!form.returnsOld()) {
                code.add(new InsnNode(Opcodes.DUP_X1));                 // [v' ref v']
            }
        } else {
            // [ref d] -> [d ref] -> [ref d ref] -> [ref d v]
            code.add(new InsnNode(Opcodes.SWAP));
            code.add(new InsnNode(Opcodes.DUP_X1));
            code.add(get());
            if (form.returnsOld()) {
                code.add(new InsnNode(Opcodes.DUP_X2));                 // [v ref d v]
                code.add(new InsnNode(Opcodes.IADD));                   // [v ref v']
            } else {
                code.add(new InsnNode(Opcodes.IADD));                   // [ref v']
                code.add(new InsnNode(Opcodes.DUP_X1));                 // [v' ref v']
            }
        }
        code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, ATOMIC, "set", "(I)V", false));
        m.instructions.insertBefore(call, code);
        m.instructions.remove(call);
    }

    private static MethodInsnNode get() {
        return new MethodInsnNode(Opcodes.INVOKEVIRTUAL, ATOMIC, "get", "()I", false);
    }
}
