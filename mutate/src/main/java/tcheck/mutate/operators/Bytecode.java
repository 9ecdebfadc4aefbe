package tcheck.mutate.operators;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the operators need to read bytecode: lines, real instructions, and the loads that push one value. */
final class Bytecode {
    private Bytecode() {
    }

    static String key(MethodNode m) {
        return m.name + m.desc;
    }

    static MethodNode method(ClassNode c, String key) {
        return c.methods.stream().filter(m -> key(m).equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no method " + key + " in " + c.name));
    }

    /** The source line of an instruction: the nearest line number before it, 0 when there is none. */
    static int line(AbstractInsnNode insn) {
        for (AbstractInsnNode i = insn; i != null; i = i.getPrevious()) {
            if (i instanceof LineNumberNode ln) {
                return ln.line;
            }
        }
        return 0;
    }

    static int firstLine(MethodNode m) {
        for (AbstractInsnNode i : m.instructions) {
            if (i instanceof LineNumberNode ln) {
                return ln.line;
            }
        }
        return 0;
    }

    /** Whether this is an executed instruction (not a label, line number or frame). */
    static boolean real(AbstractInsnNode i) {
        return i.getOpcode() >= 0;
    }

    static AbstractInsnNode previousReal(AbstractInsnNode i) {
        AbstractInsnNode p = i.getPrevious();
        while (p != null && !real(p)) {
            p = p.getPrevious();
        }
        return p;
    }

    /** Labels control can arrive at other than by falling through: jump and switch targets, handlers. */
    static Set<LabelNode> entries(MethodNode m) {
        Set<LabelNode> out = new HashSet<>();
        for (AbstractInsnNode i : m.instructions) {
            if (i instanceof JumpInsnNode j) {
                out.add(j.label);
            } else if (i instanceof TableSwitchInsnNode t) {
                out.add(t.dflt);
                out.addAll(t.labels);
            } else if (i instanceof LookupSwitchInsnNode l) {
                out.add(l.dflt);
                out.addAll(l.labels);
            }
        }
        for (TryCatchBlockNode t : m.tryCatchBlocks) {
            out.add(t.handler);
        }
        return out;
    }

    /** Whether control leaves the straight line here: a jump, switch, return or throw. */
    static boolean branches(AbstractInsnNode i) {
        int op = i.getOpcode();
        return i instanceof JumpInsnNode || i instanceof TableSwitchInsnNode || i instanceof LookupSwitchInsnNode
                || (op >= Opcodes.IRETURN && op <= Opcodes.RETURN) || op == Opcodes.ATHROW;
    }

    /**
     * The instructions that push the one value {@code last} leaves on top of the stack, when they are
     * plain loads (locals, fields, array elements, constants, getters) with nothing jumping in between;
     * null otherwise. Operators move or compare such values, e.g. the receiver of {@code lock()}.
     */
    static List<AbstractInsnNode> value(MethodNode m, AbstractInsnNode last) {
        Set<LabelNode> entries = entries(m);
        List<AbstractInsnNode> seq = new ArrayList<>();
        int pushed = 0;
        for (AbstractInsnNode i = last; i != null; i = i.getPrevious()) {
            if (i instanceof LabelNode l) {
                if (entries.contains(l) && pushed != 1) {
                    return null;
                }
                continue;
            }
            if (!real(i)) {
                continue;
            }
            Integer effect = loadEffect(i);
            if (effect == null) {
                return null;
            }
            pushed += effect;
            seq.add(i);
            if (pushed == 1) {
                Collections.reverse(seq);
                return seq;
            }
        }
        return null;
    }

    /** The net stack effect of an instruction allowed in a plain load, or null for any other. */
    private static Integer loadEffect(AbstractInsnNode i) {
        int op = i.getOpcode();
        if (op == Opcodes.ALOAD || op == Opcodes.ILOAD || op == Opcodes.GETSTATIC
                || (op >= Opcodes.ICONST_M1 && op <= Opcodes.ICONST_5) || op == Opcodes.BIPUSH || op == Opcodes.SIPUSH) {
            return 1;
        }
        if (op == Opcodes.GETFIELD || op == Opcodes.CHECKCAST) {
            return 0;
        }
        if (op == Opcodes.AALOAD) {
            return -1;
        }
        if (i instanceof MethodInsnNode mi && op != Opcodes.INVOKESPECIAL) {
            Type t = Type.getMethodType(mi.desc);
            if (t.getReturnType().getSize() != 1 || t.getArgumentTypes().length > 1) {
                return null;
            }
            // a getter: receiver (if any) and argument in, one value out
            return 1 - t.getArgumentTypes().length - (op == Opcodes.INVOKESTATIC ? 0 : 1);
        }
        return null;
    }

    /** Whether two load sequences load the same thing (same instructions, same operands). */
    static boolean same(List<AbstractInsnNode> a, List<AbstractInsnNode> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            if (!text(a.get(k), null).equals(text(b.get(k), null))) {
                return false;
            }
        }
        return true;
    }

    /** A load sequence in source-like words: {@code this.lock}, {@code from.lock}, {@code forks[i]}. */
    static String describe(MethodNode m, List<AbstractInsnNode> seq) {
        List<String> stack = new ArrayList<>();
        for (AbstractInsnNode i : seq) {
            String t = text(i, m);
            int op = i.getOpcode();
            if (op == Opcodes.GETFIELD && !stack.isEmpty()) {
                stack.set(stack.size() - 1, stack.get(stack.size() - 1) + "." + ((FieldInsnNode) i).name);
            } else if (op == Opcodes.AALOAD && stack.size() >= 2) {
                String index = stack.remove(stack.size() - 1);
                stack.set(stack.size() - 1, stack.get(stack.size() - 1) + "[" + index + "]");
            } else if (i instanceof MethodInsnNode mi && op != Opcodes.INVOKESTATIC && !stack.isEmpty()) {
                int args = Type.getArgumentTypes(mi.desc).length;
                String arg = args == 1 ? stack.remove(stack.size() - 1) : "";
                stack.set(stack.size() - 1, stack.get(stack.size() - 1) + "." + mi.name + "(" + arg + ")");
            } else if (op != Opcodes.CHECKCAST) {
                stack.add(t);
            }
        }
        return String.join(" ", stack);
    }

    private static String text(AbstractInsnNode i, MethodNode m) {
        if (i instanceof VarInsnNode v) {
            if (m != null) {
                if (v.var == 0 && (m.access & Opcodes.ACC_STATIC) == 0) {
                    return "this";
                }
                if (m.localVariables != null) {
                    for (LocalVariableNode lv : m.localVariables) {
                        if (lv.index == v.var) {
                            return lv.name;
                        }
                    }
                }
            }
            return "local" + v.var;
        }
        if (i instanceof FieldInsnNode f) {
            return i.getOpcode() == Opcodes.GETSTATIC ? simple(f.owner) + "." + f.name : f.owner + "." + f.name;
        }
        if (i instanceof MethodInsnNode mi) {
            return mi.owner + "." + mi.name + mi.desc;
        }
        if (i instanceof IntInsnNode n) {
            return Integer.toString(n.operand);
        }
        if (i instanceof InsnNode && i.getOpcode() >= Opcodes.ICONST_M1 && i.getOpcode() <= Opcodes.ICONST_5) {
            return Integer.toString(i.getOpcode() - Opcodes.ICONST_0);
        }
        return Integer.toString(i.getOpcode());
    }

    static String simple(String internalName) {
        String s = internalName.substring(internalName.lastIndexOf('/') + 1);
        return s.substring(s.lastIndexOf('$') + 1);
    }

    /** A method as people write it: {@code put(int)}. */
    static String signature(MethodNode m) {
        StringBuilder b = new StringBuilder(m.name.equals("<init>") ? "constructor" : m.name).append('(');
        Type[] args = Type.getArgumentTypes(m.desc);
        for (int k = 0; k < args.length; k++) {
            b.append(k == 0 ? "" : ", ").append(simple(args[k].getClassName().replace('.', '/')));
        }
        return b.append(')').toString();
    }

    /** Replaces an instruction with one of the same stack effect (a POP for a consumed reference). */
    static void replace(MethodNode m, AbstractInsnNode old, AbstractInsnNode with) {
        m.instructions.set(old, with);
    }

    static AbstractInsnNode at(MethodNode m, int index) {
        return m.instructions.get(index);
    }

    static int index(MethodNode m, AbstractInsnNode i) {
        return m.instructions.indexOf(i);
    }
}
