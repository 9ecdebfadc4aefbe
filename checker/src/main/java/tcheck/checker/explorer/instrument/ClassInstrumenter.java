package tcheck.checker.explorer.instrument;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Instruments one class under test: every method gets its scheduling points; synchronized methods
 * lose the flag and take the monitor through the runtime instead; a Thread subclass's run() is
 * routed through the runtime so the explorer sees the thread begin and end.
 */
final class ClassInstrumenter extends ClassVisitor {
    static final String RENAMED_RUN = "run$tcheck";

    private final ClassHierarchy hierarchy;
    private final java.util.function.Predicate<String> selected;
    private String name;
    private boolean isInterface;
    /** Method references to JDK primitives, each given a small bridge method of this class (instrumented like any other). */
    private final java.util.Map<String, org.objectweb.asm.Handle> bridges = new java.util.LinkedHashMap<>();
    private final java.util.List<org.objectweb.asm.Handle> bridgeTargets = new java.util.ArrayList<>();
    private String file;
    private boolean threadSubclass;
    private boolean hasRun;
    private boolean programBody;
    /** Whether the class has static state an execution could change (then each execution needs its own copy). */
    private boolean staticState;

    /** Local variables' names by method (name + descriptor) and slot, for naming objects in traces. */
    private final java.util.Map<String, java.util.Map<Integer, String>> localNames;

    /** The class's static fields that are read-only lookup tables ({@link StaticTables}): no state. */
    private final java.util.Set<String> readOnlyTables;

    ClassInstrumenter(ClassVisitor next, ClassHierarchy hierarchy, java.util.function.Predicate<String> selected,
                      java.util.Map<String, java.util.Map<Integer, String>> localNames, java.util.Set<String> readOnlyTables) {
        super(Opcodes.ASM9, next);
        this.hierarchy = hierarchy;
        this.selected = selected;
        this.localNames = localNames;
        this.readOnlyTables = readOnlyTables;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        this.name = name;
        this.isInterface = (access & Opcodes.ACC_INTERFACE) != 0;
        this.file = name.substring(name.lastIndexOf('/') + 1) + ".java";
        this.threadSubclass = superName != null && hierarchy.isSubtype(superName, CallRewrites.THREAD);
        // a scenario's Program only starts, joins and checks: its own fields and lists are bookkeeping
        this.programBody = hierarchy.isSubtype(name, "tcheck/scenario/Program");
        super.visit(version, access, name, signature, superName, interfaces);
    }

    @Override
    public void visitSource(String source, String debug) {
        if (source != null) {
            this.file = source;
        }
        super.visitSource(source, debug);
    }

    /**
     * A static field that is not a constant: a non-final one, or a final reference to an object that
     * may change (a list, a counter). Enum constants, the compiler's synthetic fields and read-only
     * tables are not.
     */
    @Override
    public org.objectweb.asm.FieldVisitor visitField(int access, String fieldName, String desc, String signature, Object value) {
        boolean isStatic = (access & Opcodes.ACC_STATIC) != 0;
        boolean constant = (access & Opcodes.ACC_FINAL) != 0 && (desc.length() == 1 || desc.equals("Ljava/lang/String;")
                || desc.startsWith("Ljava/lang/") && !desc.startsWith("Ljava/lang/StringBuilder") && !desc.startsWith("Ljava/lang/Thread")
                && !desc.startsWith("Ljava/lang/ThreadLocal"));
        if (isStatic && !constant && (access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_ENUM)) == 0 && !readOnlyTables.contains(fieldName)) {
            staticState = true;
        }
        return super.visitField(access, fieldName, desc, signature, value);
    }

    boolean hasStaticState() {
        return staticState;
    }

    @Override
    public MethodVisitor visitMethod(int access, String methodName, String desc, String signature, String[] exceptions) {
        if ((access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
            return super.visitMethod(access, methodName, desc, signature, exceptions);
        }
        if (methodName.equals("<clinit>")) {
            StaticInitializers.declared(name);
        }
        boolean sync = (access & Opcodes.ACC_SYNCHRONIZED) != 0;
        int newAccess = access & ~Opcodes.ACC_SYNCHRONIZED;
        String newName = methodName;
        if (threadSubclass && methodName.equals("run") && desc.equals("()V") && (access & Opcodes.ACC_STATIC) == 0) {
            hasRun = true;
            newName = RENAMED_RUN;
            newAccess = (newAccess & ~(Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) | Opcodes.ACC_PRIVATE;
        }
        MethodVisitor mv = new CallHandlersFirst(newAccess, newName, desc, signature, exceptions,
                super.visitMethod(newAccess, newName, desc, signature, exceptions));
        return new MethodInstrumenter(mv, newAccess, newName, desc, name, file, hierarchy, sync, !programBody, selected, this::bridge,
                localNames.getOrDefault(methodName + desc, java.util.Map.of()));
    }

    /**
     * A method reference such as {@code latch::countDown} or {@code list::add} runs in a lambda's
     * hidden class, which no class loader hands to the instrumenter: the call would run
     * uncontrolled. It is pointed instead at a bridge method of this class that makes the same call,
     * so the call is rewritten like any other. Returns the bridge's handle.
     */
    private org.objectweb.asm.Handle bridge(org.objectweb.asm.Handle target) {
        String key = target.getTag() + " " + target.getOwner() + "." + target.getName() + target.getDesc();
        return bridges.computeIfAbsent(key, k -> {
            String desc = target.getTag() == Opcodes.H_INVOKESTATIC ? target.getDesc()
                    : "(L" + target.getOwner() + ";" + target.getDesc().substring(1);
            bridgeTargets.add(target);
            return new org.objectweb.asm.Handle(Opcodes.H_INVOKESTATIC, name, "lambda$tcheck$" + bridges.size(), desc, isInterface);
        });
    }

    private void emitBridges() {
        int i = 0;
        for (org.objectweb.asm.Handle bridge : java.util.List.copyOf(bridges.values())) {
            org.objectweb.asm.Handle target = bridgeTargets.get(i++);
            int access = Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC | (isInterface ? Opcodes.ACC_PUBLIC : Opcodes.ACC_PRIVATE);
            MethodVisitor mv = visitMethod(access, bridge.getName(), bridge.getDesc(), null, null);
            mv.visitCode();
            int slot = 0;
            for (Type t : Type.getArgumentTypes(bridge.getDesc())) {
                mv.visitVarInsn(t.getOpcode(Opcodes.ILOAD), slot);
                slot += t.getSize();
            }
            int opcode = switch (target.getTag()) {
                case Opcodes.H_INVOKESTATIC -> Opcodes.INVOKESTATIC;
                case Opcodes.H_INVOKEINTERFACE -> Opcodes.INVOKEINTERFACE;
                default -> Opcodes.INVOKEVIRTUAL;
            };
            mv.visitMethodInsn(opcode, target.getOwner(), target.getName(), target.getDesc(), target.isInterface());
            mv.visitInsn(Type.getReturnType(bridge.getDesc()).getOpcode(Opcodes.IRETURN));
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
    }

    @Override
    public void visitEnd() {
        emitBridges();
        if (hasRun) {
            MethodVisitor mv = super.visitMethod(Opcodes.ACC_PUBLIC, "run", "()V", null, null);
            mv.visitCode();
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitLdcInsn(Type.getObjectType(name));
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, MethodInstrumenter.HOOKS, "threadSubclassRun",
                    "(Ljava/lang/Thread;Ljava/lang/Class;)V", false);
            mv.visitInsn(Opcodes.RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
        super.visitEnd();
    }
}
