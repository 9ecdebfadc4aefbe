package tcheck.checker.explorer.instrument;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.AdviceAdapter;

/**
 * Inserts scheduling points into one method of a class under test: before field and array
 * accesses, around monitors (including synchronized methods), and at calls into the JDK's
 * concurrency primitives, which are replaced by their models. Values read and written are passed
 * to the runtime too, so traces can say "read count -> 0".
 */
final class MethodInstrumenter extends AdviceAdapter {
    static final String HOOKS = "tcheck/checker/explorer/runtime/Hooks";

    private final String owner;
    private final String file;
    private final ClassHierarchy hierarchy;
    private final boolean synchronizedMethod;
    private final boolean isConstructor;
    private final boolean isClassInit;
    private final boolean memoryPoints;
    private final java.util.function.Predicate<String> selected;
    private boolean afterSuper;
    private int line = -1;
    private int entrySite = -1;
    private final Label tryStart = new Label();
    private final Label tryEnd = new Label();
    private int atomicToken = -1;

    MethodInstrumenter(MethodVisitor mv, int access, String name, String desc, String owner, String file,
                       ClassHierarchy hierarchy, boolean synchronizedMethod, boolean memoryPoints,
                       java.util.function.Predicate<String> selected,
                       java.util.function.UnaryOperator<org.objectweb.asm.Handle> bridge,
                       java.util.Map<Integer, String> localNames) {
        super(Opcodes.ASM9, mv, access, name, desc);
        this.localNames = localNames;
        this.owner = owner;
        this.methodName = name;
        this.file = file;
        this.hierarchy = hierarchy;
        this.synchronizedMethod = synchronizedMethod;
        this.isConstructor = name.equals("<init>");
        this.isClassInit = name.equals("<clinit>");
        this.afterSuper = !isConstructor;
        this.memoryPoints = memoryPoints;
        this.selected = selected;
        this.bridge = bridge;
    }

    private final java.util.function.UnaryOperator<org.objectweb.asm.Handle> bridge;
    private final String methodName;
    /** This method's local variables worth naming objects after, by slot (as the class file numbers them). */
    private final java.util.Map<Integer, String> localNames;

    /** An object stored in a named local variable is named after it in traces, if nothing named it before. */
    @Override
    public void visitVarInsn(int opcode, int var) {
        justMade = null;
        String local = opcode == ASTORE && instrumentCalls() ? localNames.get(var) : null;
        if (local != null) {
            dup();
            mv.visitLdcInsn(local);
            hook("localStored", "(Ljava/lang/Object;Ljava/lang/String;)V"); // only to name the object in traces
        }
        super.visitVarInsn(opcode, var);
    }

    /** A method reference to a JDK method the instrumenter rewrites: pointed at a bridge method whose call is rewritten. */
    @Override
    public void visitInvokeDynamicInsn(String name, String desc, org.objectweb.asm.Handle bsm, Object... args) {
        justMade = null;
        // not in a class initializer: another thread calling a bridge of a class still being initialized would wait for it
        if (!isClassInit && bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory") && args.length >= 3
                && args[1] instanceof org.objectweb.asm.Handle impl && isJdk(impl.getOwner()) && rewritten(impl)) {
            Object[] changed = args.clone();
            changed[1] = bridge.apply(impl);
            super.visitInvokeDynamicInsn(name, desc, bsm, changed);
            return;
        }
        super.visitInvokeDynamicInsn(name, desc, bsm, args);
    }

    private boolean rewritten(org.objectweb.asm.Handle impl) {
        int opcode = switch (impl.getTag()) {
            case H_INVOKESTATIC -> INVOKESTATIC;
            case H_INVOKEVIRTUAL -> INVOKEVIRTUAL;
            case H_INVOKEINTERFACE -> INVOKEINTERFACE;
            default -> -1; // constructors and private methods: nothing to rewrite
        };
        if (opcode < 0) {
            return false;
        }
        CallRewrites.Replacement r = CallRewrites.replacement(impl.getOwner(), impl.getName(), impl.getDesc(), hierarchy);
        return r != null && (opcode == INVOKESTATIC) == r.receiverDesc().isEmpty()
                || CallRewrites.isJdkCall(opcode, impl.getOwner(), impl.getName())
                || CallRewrites.isVisibleCall(opcode, impl.getOwner(), impl.getName())
                || opcode == INVOKESTATIC && CallRewrites.clockHook(impl.getOwner(), impl.getName(), impl.getDesc()) != null;
    }

    /**
     * Calls and monitors are instrumented everywhere but before super(). A class initializer runs as
     * part of the step that triggers it (an atomic region: the JVM holds the class's init lock, no
     * other thread may see the class half made), but the threads and locks it creates are controlled.
     */
    private boolean instrumentCalls() {
        return afterSuper;
    }

    /**
     * Field accesses in a constructor are not points: the object is not shared yet (a store into its own
     * plain field is only noted for the race detector, see {@code Hooks.constructorStore}; another object's
     * field, a volatile field and a static field are accessed as anywhere else, see {@link #visitFieldInsn};
     * array accesses too, see {@link #arraysInConstructor}).
     */
    private boolean instrumentMemory() {
        return instrumentCalls() && !isConstructor && memoryPoints;
    }

    @Override
    public void visitLineNumber(int line, Label start) {
        this.line = line;
        if (entrySite >= 0) {
            Sites.setLine(entrySite, line); // a synchronized method's entry is its first line
            entrySite = -1;
        }
        super.visitLineNumber(line, start);
    }

    private void pushSite(String member, boolean volatileField) {
        push(Sites.register(owner, file, line, member, volatileField, methodName));
    }

    /**
     * A field or an array element read or written through reflection ({@code Field.setInt(o, v)},
     * {@code Array.get(a, i)}): the same access as the instruction it stands for, a point on the same
     * location, before the real call.
     */
    private void reflectiveAccess(int opcode, String callOwner, String name, String desc, boolean itf) {
        int[] locals = spillArguments(desc);
        boolean write = name.startsWith("set");
        if (opcode == INVOKESTATIC) { // Array.get(array, index) ...
            loadLocal(locals[0]);
            loadLocal(locals[1]);
            push(write);
            pushSite(name, false);
            hook("reflectiveArrayAccess", "(Ljava/lang/Object;IZI)V");
        } else { // field.get(holder) ...
            dup();
            loadLocal(locals[0]);
            push(write);
            pushSite(name, false);
            hook("reflectiveFieldAccess", "(Ljava/lang/reflect/Field;Ljava/lang/Object;ZI)V");
        }
        reloadArguments(locals);
        super.visitMethodInsn(opcode, callOwner, name, desc, itf);
        Type ret = Type.getReturnType(desc);
        if (!write && ret.getSort() != Type.VOID) {
            dupBoxedAndRecord(ret);
        } else if (write) { // the value written, for the trace: the last argument
            Type[] args = Type.getArgumentTypes(desc);
            loadLocal(locals[locals.length - 1]);
            valueOf(args[args.length - 1]);
            hook("readValue", "(Ljava/lang/Object;)V");
        }
    }

    /**
     * A static field's site: its owner is the class that declares the field, whichever class's code (a nested
     * class, a subclass) names it, so that every access to the field is an access to one location.
     */
    private void pushStaticSite(String fieldOwner, String name, boolean volatileField) {
        String declaring = hierarchy.staticMemberOwner(fieldOwner, name, null, false);
        push(Sites.register(declaring != null ? declaring : fieldOwner, file, line, name, volatileField, methodName));
    }

    private void hook(String name, String desc) {
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, HOOKS, name, desc, false);
    }

    /** Duplicates the value on top of the stack, of the given type, boxed, for the runtime. */
    private void dupBoxedAndRecord(Type t) {
        dupValue(t);
        valueOf(t);
        hook("readValue", "(Ljava/lang/Object;)V");
    }

    private void dupValue(Type t) {
        if (t.getSize() == 2) {
            dup2();
        } else {
            dup();
        }
    }

    /** Stores a call's arguments (on top of the stack) in fresh locals, so the receiver below can be used. */
    private int[] spillArguments(String desc) {
        Type[] args = Type.getArgumentTypes(desc);
        int[] locals = new int[args.length];
        for (int i = args.length - 1; i >= 0; i--) {
            locals[i] = newLocal(args[i]);
            storeLocal(locals[i]);
        }
        return locals;
    }

    private void reloadArguments(int[] locals) {
        for (int local : locals) {
            loadLocal(local);
        }
    }

    // ------------------------------------------------------------------ synchronized methods

    @Override
    protected void onMethodEnter() {
        afterSuper = true;
        if (isClassInit) {
            mv.visitLdcInsn(Type.getObjectType(owner));
            hook("classInitBegin", "(Ljava/lang/Class;)I");
            atomicToken = newLocal(Type.INT_TYPE);
            storeLocal(atomicToken);
            mv.visitLabel(tryStart);
        }
        if (synchronizedMethod) {
            pushMonitor();
            entrySite = Sites.register(owner, file, line, "synchronized", false, methodName);
            push(entrySite);
            hook("monitorEnter", "(Ljava/lang/Object;I)V");
            mv.visitLabel(tryStart);
        }
    }

    @Override
    protected void onMethodExit(int opcode) {
        if (isClassInit && opcode != ATHROW) {
            loadLocal(atomicToken);
            mv.visitLdcInsn(Type.getObjectType(owner));
            hook("classInitEnd", "(ILjava/lang/Class;)V");
        }
        if (synchronizedMethod && opcode != ATHROW) {
            pushMonitor();
            pushSite("synchronized", false);
            hook("monitorExit", "(Ljava/lang/Object;I)V");
        }
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        if (isClassInit && atomicToken >= 0) {
            mv.visitLabel(tryEnd);
            mv.visitTryCatchBlock(tryStart, tryEnd, tryEnd, null);
            loadLocal(atomicToken);
            mv.visitLdcInsn(Type.getObjectType(owner));
            hook("classInitEnd", "(ILjava/lang/Class;)V");
            mv.visitInsn(ATHROW);
        }
        if (synchronizedMethod) {
            // a catch-all around the body releases the monitor when an exception leaves the method
            mv.visitLabel(tryEnd);
            mv.visitTryCatchBlock(tryStart, tryEnd, tryEnd, null);
            pushMonitor();
            pushSite("synchronized", false);
            hook("monitorExit", "(Ljava/lang/Object;I)V");
            mv.visitInsn(ATHROW);
        }
        super.visitMaxs(maxStack, maxLocals);
    }

    private void pushMonitor() {
        if ((methodAccess & ACC_STATIC) != 0) {
            mv.visitLdcInsn(Type.getObjectType(owner));
        } else {
            mv.visitVarInsn(ALOAD, 0);
        }
    }

    // ------------------------------------------------------------------ fields

    @Override
    public void visitFieldInsn(int opcode, String fieldOwner, String name, String desc) {
        justMade = null;
        if (opcode == PUTFIELD && namesInConstructor() && memoryPoints && !isJdk(fieldOwner)) {
            int access = hierarchy.fieldAccess(fieldOwner, name);
            if (access != -1 && (access & ACC_FINAL) == 0) {
                // the object's own plain field: noted for the race detector (a reader it reaches without
                // happens-before races with it), not a point; another object's field, or a volatile one (a reader
                // that got `this` before the constructor ended sees it unset): an access like any other
                Type t = Type.getType(desc);
                int value = newLocal(t);
                storeLocal(value);
                dup();
                loadLocal(value);
                valueOf(t);
                mv.visitVarInsn(ALOAD, 0);
                pushSite(name, (access & ACC_VOLATILE) != 0);
                hook("constructorStore", "(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;I)V");
                loadLocal(value);
                super.visitFieldInsn(opcode, fieldOwner, name, desc);
                return;
            }
        }
        if (opcode == PUTFIELD && namesInConstructor() && !isJdk(fieldOwner) && isReference(desc)) {
            dup2(); // holder, value
            swap();
            pushSite(name, false);
            hook("fieldStored", "(Ljava/lang/Object;Ljava/lang/Object;I)V"); // only to name the object in traces
            super.visitFieldInsn(opcode, fieldOwner, name, desc);
            return;
        }
        if (opcode == GETFIELD && namesInConstructor() && memoryPoints && !isJdk(fieldOwner)) {
            int access = hierarchy.fieldAccess(fieldOwner, name);
            if (access != -1 && (access & ACC_FINAL) == 0) {
                // another object's field is shared (a snapshot of a shared object torn by a writer); the object's
                // own is not yet: the hook says which, and only a point's value is recorded (it would go to the
                // thread's last step otherwise)
                Type t = Type.getType(desc);
                int point = newLocal(Type.BOOLEAN_TYPE);
                dup();
                mv.visitVarInsn(ALOAD, 0);
                pushSite(name, (access & ACC_VOLATILE) != 0);
                hook("constructorRead", "(Ljava/lang/Object;Ljava/lang/Object;I)Z");
                storeLocal(point);
                super.visitFieldInsn(opcode, fieldOwner, name, desc);
                Label skip = new Label();
                loadLocal(point);
                mv.visitJumpInsn(IFEQ, skip);
                dupBoxedAndRecord(t);
                mv.visitLabel(skip);
                return;
            }
        }
        // a static field is shared whoever touches it, a constructor too (an instance counter: id = next++)
        boolean staticInConstructor = (opcode == GETSTATIC || opcode == PUTSTATIC) && namesInConstructor() && memoryPoints;
        if (!(instrumentMemory() || staticInConstructor) || isJdk(fieldOwner)) {
            touchStatic(opcode, fieldOwner, name, desc);
            super.visitFieldInsn(opcode, fieldOwner, name, desc);
            return;
        }
        int access = hierarchy.fieldAccess(fieldOwner, name);
        if (access != -1 && (access & ACC_FINAL) != 0 && opcode == GETFIELD && isReference(desc)) {
            dup(); // holder
            super.visitFieldInsn(opcode, fieldOwner, name, desc); // immutable after construction
            dupX1(); // value, holder, value
            swap(); // value, value, holder
            pushSite(name, false);
            hook("finalFieldRead", "(Ljava/lang/Object;Ljava/lang/Object;I)V"); // only to name the object in traces
            return;
        }
        if (access != -1 && (access & ACC_FINAL) != 0) {
            touchStatic(opcode, fieldOwner, name, desc);
            super.visitFieldInsn(opcode, fieldOwner, name, desc); // immutable after construction
            char type = desc.charAt(0);
            if (opcode == GETSTATIC && isReference(desc)) {
                dup();
                mv.visitInsn(ACONST_NULL);
                pushSite(name, false);
                hook("finalFieldRead", "(Ljava/lang/Object;Ljava/lang/Object;I)V"); // only to name the object in traces
            }
            return;
        }
        boolean vol = access != -1 && (access & ACC_VOLATILE) != 0;
        Type t = Type.getType(desc);
        switch (opcode) {
            case GETFIELD -> {
                dup();
                pushSite(name, vol);
                hook("getField", "(Ljava/lang/Object;I)V");
                super.visitFieldInsn(opcode, fieldOwner, name, desc);
                dupBoxedAndRecord(t);
            }
            case PUTFIELD -> {
                int value = newLocal(t);
                storeLocal(value);
                dup();
                loadLocal(value);
                valueOf(t);
                pushSite(name, vol);
                hook("putField", "(Ljava/lang/Object;Ljava/lang/Object;I)V");
                loadLocal(value);
                super.visitFieldInsn(opcode, fieldOwner, name, desc);
            }
            case GETSTATIC -> {
                pushStaticSite(fieldOwner, name, vol);
                hook("getStatic", "(I)V");
                touchStatic(opcode, fieldOwner, name, desc);
                super.visitFieldInsn(opcode, fieldOwner, name, desc);
                dupBoxedAndRecord(t);
            }
            case PUTSTATIC -> {
                dupValue(t);
                valueOf(t);
                pushStaticSite(fieldOwner, name, vol);
                hook("putStatic", "(Ljava/lang/Object;I)V");
                touchStatic(opcode, fieldOwner, name, desc);
                super.visitFieldInsn(opcode, fieldOwner, name, desc);
            }
            default -> super.visitFieldInsn(opcode, fieldOwner, name, desc);
        }
    }

    // ------------------------------------------------------------------ class initialization

    /**
     * Just before an instruction that makes the JVM initialize a class under test (new, a static
     * field, a static call): the runtime models the JVM's initialization lock there, so a thread never
     * blocks on it where the explorer cannot see. Not for the method's own class (its code runs once
     * its initialization has begun), nor for the JDK's classes.
     */
    private void touchClass(String c) {
        if (!afterSuper || c == null || c.equals(owner) || isJdk(c) || !selected.test(c) || !hierarchy.accessible(c, owner)) {
            return;
        }
        mv.visitLdcInsn(Type.getObjectType(c));
        pushSite("class " + c.substring(c.lastIndexOf('/') + 1), false);
        hook("classTouch", "(Ljava/lang/Class;I)V");
    }

    private void touchStatic(int opcode, String fieldOwner, String name, String desc) {
        if (opcode == GETSTATIC || opcode == PUTSTATIC) {
            touchClass(hierarchy.staticMemberOwner(fieldOwner, name, desc, false));
        }
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        justMade = null;
        if (opcode == NEW) {
            touchClass(type);
            justMade = new Made(type);
            news.push(justMade);
        }
        super.visitTypeInsn(opcode, type);
    }

    /** An object made ({@code new}) and not yet constructed; whether the instruction right after copied it. */
    private static final class Made {
        final String type;
        boolean copied;

        Made(String type) {
            this.type = type;
        }
    }

    /** The objects made and not yet constructed, innermost first. */
    private final java.util.ArrayDeque<Made> news = new java.util.ArrayDeque<>();
    /** The object the last instruction made, else null (see {@link #visitInsn}: a dup right after it). */
    private Made justMade;

    /**
     * Whether this constructor call constructs the object of the innermost {@code new} and leaves it on
     * the stack ({@code new C; dup; ...; invokespecial C.<init>}, as compilers write it), and is not this
     * object's super() or this() call.
     */
    private boolean constructsNew(String callOwner) {
        if (!news.isEmpty() && news.peek().type.equals(callOwner)) {
            return news.pop().copied;
        }
        return false;
    }

    // every other instruction between a new and its dup means the new object is not simply copied
    @Override
    public void visitIntInsn(int opcode, int operand) {
        justMade = null;
        super.visitIntInsn(opcode, operand);
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        justMade = null;
        super.visitJumpInsn(opcode, label);
    }

    @Override
    public void visitLdcInsn(Object value) {
        justMade = null;
        super.visitLdcInsn(value);
    }

    @Override
    public void visitIincInsn(int var, int increment) {
        justMade = null;
        super.visitIincInsn(var, increment);
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
        justMade = null;
        super.visitTableSwitchInsn(min, max, dflt, labels);
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
        justMade = null;
        super.visitLookupSwitchInsn(dflt, keys, labels);
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
        justMade = null;
        super.visitMultiANewArrayInsn(descriptor, numDimensions);
    }

    private boolean isThreadClass(String internalName) {
        return internalName.equals(CallRewrites.THREAD) || !isJdk(internalName) && hierarchy.isSubtype(internalName, CallRewrites.THREAD);
    }

    /**
     * In a constructor after super() (the program's own too): stores are not shared accesses yet, but
     * they tell an object's name.
     */
    private boolean namesInConstructor() {
        return isConstructor && afterSuper;
    }

    /**
     * A constructor's array accesses are points as anywhere else: the array is rarely the object's own (a copy of
     * a shared table, a count in a shared array, {@code this} put in a registry), and a fresh one's accesses
     * depend on no other thread's.
     */
    private boolean arraysInConstructor() {
        return namesInConstructor() && memoryPoints;
    }

    private static boolean isReference(String desc) {
        return desc.charAt(0) == 'L' || desc.charAt(0) == '[';
    }

    private static boolean isJdk(String internalName) {
        return internalName.startsWith("java/") || internalName.startsWith("javax/") || internalName.startsWith("jdk/")
                || internalName.startsWith("sun/");
    }

    // ------------------------------------------------------------------ arrays and monitors

    @Override
    public void visitInsn(int opcode) {
        if (opcode == DUP && justMade != null) {
            justMade.copied = true;
        }
        justMade = null;
        if (opcode == MONITORENTER && instrumentCalls()) {
            pushSite("synchronized", false);
            hook("monitorEnter", "(Ljava/lang/Object;I)V");
            return;
        }
        if (opcode == MONITOREXIT && instrumentCalls()) {
            pushSite("synchronized", false);
            hook("monitorExit", "(Ljava/lang/Object;I)V");
            return;
        }
        if (opcode == ATHROW && instrumentCalls()) {
            dup();
            hook("throwing", "(Ljava/lang/Throwable;)V"); // then the throw itself, below
        }
        Type load = arrayLoadType(opcode);
        if (load != null && (instrumentMemory() || arraysInConstructor())) {
            dup2();
            pushSite("[]", false);
            hook("arrayLoad", "(Ljava/lang/Object;II)V");
            super.visitInsn(opcode);
            dupBoxedAndRecord(load);
            return;
        }
        if (opcode == AASTORE && namesInConstructor() && !arraysInConstructor()) {
            int value = newLocal(Type.getObjectType("java/lang/Object"));
            storeLocal(value);
            dup2();
            loadLocal(value);
            pushSite("[]", false);
            hook("elementStored", "(Ljava/lang/Object;ILjava/lang/Object;I)V"); // only to name the object in traces
            loadLocal(value);
            super.visitInsn(opcode);
            return;
        }
        Type store = arrayStoreType(opcode);
        if (store != null && (instrumentMemory() || arraysInConstructor())) {
            int value = newLocal(store);
            storeLocal(value);
            dup2();
            loadLocal(value);
            valueOf(store);
            pushSite("[]", false);
            hook("arrayStore", "(Ljava/lang/Object;ILjava/lang/Object;I)V");
            loadLocal(value);
            super.visitInsn(opcode);
            return;
        }
        super.visitInsn(opcode);
    }

    private static Type arrayLoadType(int opcode) {
        return switch (opcode) {
            case IALOAD -> Type.INT_TYPE;
            case LALOAD -> Type.LONG_TYPE;
            case FALOAD -> Type.FLOAT_TYPE;
            case DALOAD -> Type.DOUBLE_TYPE;
            case AALOAD -> Type.getObjectType("java/lang/Object");
            case BALOAD -> Type.BYTE_TYPE;
            case CALOAD -> Type.CHAR_TYPE;
            case SALOAD -> Type.SHORT_TYPE;
            default -> null;
        };
    }

    private static Type arrayStoreType(int opcode) {
        return switch (opcode) {
            case IASTORE -> Type.INT_TYPE;
            case LASTORE -> Type.LONG_TYPE;
            case FASTORE -> Type.FLOAT_TYPE;
            case DASTORE -> Type.DOUBLE_TYPE;
            case AASTORE -> Type.getObjectType("java/lang/Object");
            case BASTORE -> Type.BYTE_TYPE;
            case CASTORE -> Type.CHAR_TYPE;
            case SASTORE -> Type.SHORT_TYPE;
            default -> null;
        };
    }

    // ------------------------------------------------------------------ calls

    @Override
    public void visitMethodInsn(int opcode, String callOwner, String name, String desc, boolean itf) {
        justMade = null;
        if (opcode == INVOKESPECIAL && name.equals("<init>")) {
            boolean made = constructsNew(callOwner);
            if (callOwner.equals(CallRewrites.THREAD)) {
                wrapThreadRunnable(desc);
            }
            if (made && callOwner.equals("java/util/Random") && desc.equals("()V") && instrumentCalls()) {
                hook("randomSeed", "()J"); // an unseeded Random: seeded by the execution, the same in every one (Draws)
                super.visitMethodInsn(opcode, callOwner, name, "(J)V", itf);
                return;
            }
            super.visitMethodInsn(opcode, callOwner, name, desc, itf);
            if (made && isThreadClass(callOwner)) {
                // the new thread is on the stack: named now, as a fresh JVM names it, not when it starts
                mv.visitInsn(DUP);
                hook("threadCreated", "(Ljava/lang/Object;)V");
            }
            return;
        }
        if (opcode == INVOKESTATIC) {
            touchClass(hierarchy.staticMemberOwner(callOwner, name, desc, true));
        }
        if (!instrumentCalls()) {
            super.visitMethodInsn(opcode, callOwner, name, desc, itf);
            return;
        }
        CallRewrites.Replacement r = opcode == INVOKESPECIAL ? null : CallRewrites.replacement(callOwner, name, desc, hierarchy);
        if (r != null) {
            boolean isStatic = opcode == INVOKESTATIC;
            if (isStatic != r.receiverDesc().isEmpty()) {
                super.visitMethodInsn(opcode, callOwner, name, desc, itf);
                return;
            }
            pushSite(name, false);
            String args = desc.substring(1, desc.indexOf(')'));
            String ret = desc.substring(desc.indexOf(')') + 1);
            hook(r.hook(), "(" + r.receiverDesc() + args + "I)" + ret);
            return;
        }
        String clock = CallRewrites.clockHook(callOwner, name, desc);
        if (clock != null && opcode == INVOKESTATIC) {
            hook(clock, desc);
            return;
        }
        if (CallRewrites.isJdkCall(opcode, callOwner, name)) {
            jdkCall(opcode, callOwner, name, desc, itf);
            return;
        }
        if (memoryPoints && CallRewrites.isReflectiveAccess(opcode, callOwner, name, desc)) {
            reflectiveAccess(opcode, callOwner, name, desc, itf);
            return;
        }
        if (memoryPoints && CallRewrites.isVisibleCall(opcode, callOwner, name)) {
            int[] locals = spillArguments(desc);
            dup();
            pushSite(name, false);
            hook("beforeCall", "(Ljava/lang/Object;I)V");
            reloadArguments(locals);
            super.visitMethodInsn(opcode, callOwner, name, desc, itf);
            Type ret = Type.getReturnType(desc);
            if (ret.getSort() == Type.VOID) {
                hook("afterVoidCall", "()V");
            } else {
                dupBoxedAndRecord(ret);
            }
            return;
        }
        if ((opcode == INVOKEVIRTUAL || opcode == INVOKEINTERFACE) && selected.test(callOwner)) {
            recordOperation(opcode, callOwner, name, desc, itf);
            return;
        }
        super.visitMethodInsn(opcode, callOwner, name, desc, itf);
    }

    /**
     * A call between classes under test may be an operation on the concurrent object: its
     * invocation (with arguments) and its response (the value returned, or the exception thrown) are
     * passed to the runtime, which keeps them when the receiver is the scenario's object under test.
     * Not scheduling points.
     */
    private void recordOperation(int opcode, String callOwner, String name, String desc, boolean itf) {
        Type[] args = Type.getArgumentTypes(desc);
        int[] locals = spillArguments(desc);
        dup();
        push(args.length);
        newArray(Type.getObjectType("java/lang/Object"));
        for (int i = 0; i < args.length; i++) {
            dup();
            push(i);
            loadLocal(locals[i]);
            valueOf(args[i]);
            arrayStore(Type.getObjectType("java/lang/Object"));
        }
        pushSite(name, false);
        hook("opInvoke", "(Ljava/lang/Object;[Ljava/lang/Object;I)V");
        reloadArguments(locals);
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        Label after = new Label();
        callHandler(start, end, handler, "java/lang/Throwable");
        mv.visitLabel(start);
        super.visitMethodInsn(opcode, callOwner, name, desc, itf);
        mv.visitLabel(end);
        Type ret = Type.getReturnType(desc);
        if (ret.getSort() == Type.VOID) {
            hook("opRespondVoid", "()V");
        } else {
            dupValue(ret);
            valueOf(ret);
            hook("opRespond", "(Ljava/lang/Object;)V");
        }
        mv.visitJumpInsn(GOTO, after);
        mv.visitLabel(handler);
        dup();
        hook("opThrew", "(Ljava/lang/Throwable;)V");
        mv.visitInsn(ATHROW);
        mv.visitLabel(after);
    }

    /** A handler around one call, first in the method's table (see {@link CallHandlersFirst}). */
    private void callHandler(Label start, Label end, Label handler, String type) {
        if (mv instanceof CallHandlersFirst m) {
            m.visitCallHandler(start, end, handler, type);
        } else {
            mv.visitTryCatchBlock(start, end, handler, type);
        }
    }

    /**
     * A call into java.util.concurrent: a scheduling point, then the real call as the rest of the
     * step; the region ends however the call ends (the runtime counts nesting, callbacks inside it
     * are not scheduling points).
     */
    private void jdkCall(int opcode, String callOwner, String name, String desc, boolean itf) {
        int[] locals = spillArguments(desc);
        dup();
        pushSite(name, false);
        hook("jdkCall", "(Ljava/lang/Object;I)I");
        int token = newLocal(Type.INT_TYPE);
        storeLocal(token);
        reloadArguments(locals);
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        Label after = new Label();
        callHandler(start, end, handler, null);
        mv.visitLabel(start);
        super.visitMethodInsn(opcode, callOwner, name, desc, itf);
        mv.visitLabel(end);
        loadLocal(token);
        hook("jdkDone", "(I)V");
        Type ret = Type.getReturnType(desc);
        if (ret.getSort() != Type.VOID) {
            dupBoxedAndRecord(ret);
        }
        mv.visitJumpInsn(GOTO, after);
        mv.visitLabel(handler);
        loadLocal(token);
        hook("jdkDone", "(I)V");
        mv.visitInsn(ATHROW);
        mv.visitLabel(after);
    }

    /** {@code new Thread(runnable, ...)}: the runnable is wrapped so the explorer sees the thread begin and end. */
    private void wrapThreadRunnable(String desc) {
        String wrap = "(Ljava/lang/Runnable;)Ljava/lang/Runnable;";
        if (desc.equals("(Ljava/lang/Runnable;)V") || desc.equals("(Ljava/lang/ThreadGroup;Ljava/lang/Runnable;)V")) {
            hook("wrapRunnable", wrap);
        } else if (desc.equals("(Ljava/lang/Runnable;Ljava/lang/String;)V")
                || desc.equals("(Ljava/lang/ThreadGroup;Ljava/lang/Runnable;Ljava/lang/String;)V")) {
            swap();
            hook("wrapRunnable", wrap);
            swap();
        }
    }
}
