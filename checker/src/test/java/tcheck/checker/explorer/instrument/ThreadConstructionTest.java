package tcheck.checker.explorer.instrument;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import tcheck.checker.explorer.Exploration;
import tcheck.checker.explorer.Explorer;
import tcheck.checker.explorer.ExplorerOptions;
import tcheck.checker.explorer.RunnableSource;
import tcheck.results.Verdict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A thread the program constructs is named by a call after its constructor, given the new object a
 * compiler's {@code new; dup; ...; invokespecial} leaves on the stack. Code that constructs it
 * otherwise (here {@code new; astore; aload; invokespecial}, which leaves nothing) must still load
 * and run: the thread is then named when it starts.
 */
class ThreadConstructionTest {
    private static byte[] storedBeforeConstruction(String internalName) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, internalName, null, "java/lang/Object", new String[] {"java/lang/Runnable"});
        MethodVisitor init = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor run = cw.visitMethod(Opcodes.ACC_PUBLIC, "run", "()V", null, null);
        run.visitCode();
        run.visitTypeInsn(Opcodes.NEW, "java/lang/Thread");
        run.visitVarInsn(Opcodes.ASTORE, 1);
        run.visitVarInsn(Opcodes.ALOAD, 1);
        run.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Thread", "<init>", "()V", false);
        run.visitVarInsn(Opcodes.ALOAD, 1);
        run.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Thread", "start", "()V", false);
        run.visitVarInsn(Opcodes.ALOAD, 1);
        run.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Thread", "join", "()V", false);
        run.visitInsn(Opcodes.RETURN);
        run.visitMaxs(0, 0);
        run.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    @Test
    void aThreadConstructedWithoutACopyOnTheStackStillRuns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gen/StoredBeforeConstruction.class");
        Files.createDirectories(file.getParent());
        Files.write(file, storedBeforeConstruction("gen/StoredBeforeConstruction"));
        Exploration e = Explorer.explore(RunnableSource.of("gen.StoredBeforeConstruction", List.of(dir)), ExplorerOptions.defaults());
        assertEquals(Verdict.VERIFIED, e.verdict(), e.message());
        assertTrue(e.threads().contains("Thread-0"), e.threads().toString());
    }
}
