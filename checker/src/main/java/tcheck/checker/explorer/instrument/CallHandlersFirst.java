package tcheck.checker.explorer.instrument;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A method held until its end, so that the exception handlers the instrumentation puts around one call
 * (a call into {@code java.util.concurrent}, an operation on the object under test) come first in its
 * exception table. The JVM takes the first entry that covers the throwing instruction, and the method's
 * own handlers are in the table before anything added while its code is visited: a call whose exception
 * the method catches itself (a {@code TimeoutException} from {@code get}, anything through a
 * {@code finally}) went to the method's handler, the instrumentation's never ran, and the rest of the
 * thread stayed inside the call for the explorer, its steps no points at all. The handler covers the
 * call only and rethrows, so the method's own handler still gets the exception.
 */
final class CallHandlersFirst extends MethodNode {
    private final MethodVisitor next;
    private final List<TryCatchBlockNode> first = new ArrayList<>();

    CallHandlersFirst(int access, String name, String desc, String signature, String[] exceptions, MethodVisitor next) {
        super(Opcodes.ASM9, access, name, desc, signature, exceptions);
        this.next = next;
    }

    /** A handler around one call: it goes before every other in the table. */
    void visitCallHandler(Label start, Label end, Label handler, String type) {
        visitTryCatchBlock(start, end, handler, type);
        first.add(tryCatchBlocks.get(tryCatchBlocks.size() - 1));
    }

    @Override
    public void visitEnd() {
        if (!first.isEmpty()) {
            List<TryCatchBlockNode> ordered = new ArrayList<>(first);
            tryCatchBlocks.stream().filter(b -> !first.contains(b)).forEach(ordered::add);
            tryCatchBlocks = ordered;
        }
        super.visitEnd();
        accept(next);
    }
}
