package tcheck.checker.explorer.instrument;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names of a class's local variables (from the class file's debug table), by method and slot,
 * so an object stored in a local ({@code ReentrantLock lock = new ReentrantLock()}) can be called
 * {@code lock} in traces. A slot that holds variables of different names in one method is left out:
 * which one a store is for would need the code offsets, and a wrong name is worse than none. Only
 * objects worth naming: not strings, boxes or other {@code java.lang} values.
 */
final class LocalNames {
    private LocalNames() {
    }

    /** Method name + descriptor -> slot -> variable name; empty when the class has no debug table. */
    static Map<String, Map<Integer, String>> of(ClassReader reader) {
        Map<String, Map<Integer, String>> out = new HashMap<>();
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
                Map<Integer, String> slots = new HashMap<>();
                Set<Integer> ambiguous = new HashSet<>();
                out.put(name + desc, slots);
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitLocalVariable(String var, String varDesc, String sig, Label start, Label end, int index) {
                        if (!worthNaming(varDesc) || ambiguous.contains(index)) {
                            return;
                        }
                        String before = slots.putIfAbsent(index, var);
                        if (before != null && !before.equals(var)) {
                            slots.remove(index);
                            ambiguous.add(index);
                        }
                    }
                };
            }
        }, ClassReader.SKIP_FRAMES);
        return out;
    }

    private static boolean worthNaming(String desc) {
        return desc.startsWith("[L") || desc.startsWith("L") && (!desc.startsWith("Ljava/lang/") || desc.equals("Ljava/lang/Object;"));
    }
}
