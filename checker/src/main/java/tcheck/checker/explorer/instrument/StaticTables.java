package tcheck.checker.explorer.instrument;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Interpreter;
import org.objectweb.asm.tree.analysis.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Lookup tables: a {@code static final} array of primitives or strings ({@code static final String[]
 * NAMES = {"A", "B"}}) is static state only if some code can change it. Such a field is a read-only
 * table when its class's initializer gives it an array made there (and may fill it), and no other code
 * of its class ever does more with it than read an element or the length: no store into it, no call
 * that gets it (a sort, a fill, a copy into it), no return, no other field or array that keeps it, no
 * lock on it. Followed through locals, stack copies and branches (ASM's analyzer); anything else counts
 * as a change. An initializer runs once per class loader, and the explorer gives up a loader in which
 * an execution ran one, so a table is the same in every execution that shares its loader.
 *
 * <p>Another class can reach a table too (a public one, or a nest mate's private one): a class that does
 * more than read a table of a class under test is counted as having static state itself, so a loader
 * that defined it is never used twice either. Reflection and method handles on the field are not seen.
 */
final class StaticTables {
    /**
     * @param readOnly      the class's own static fields that are read-only tables (names)
     * @param changesOthers whether the class may change a table of another class under test
     */
    record Use(Set<String> readOnly, boolean changesOthers) {
        static final Use NONE = new Use(Set.of(), false);
    }

    private StaticTables() {
    }

    /** Whether a field of this descriptor can be a table: one dimension, elements that cannot change. */
    static boolean tableType(String desc) {
        return desc.length() == 2 && desc.charAt(0) == '[' && "ZBCSIJFD".indexOf(desc.charAt(1)) >= 0
                || desc.equals("[Ljava/lang/String;");
    }

    /** What the class does with tables; {@code selected} takes internal names ({@code a/b/C}). */
    static Use of(ClassReader reader, Predicate<String> selected) {
        ClassNode cn = new ClassNode();
        reader.accept(cn, ClassReader.SKIP_FRAMES);
        Set<String> candidates = new LinkedHashSet<>();
        for (FieldNode f : cn.fields) {
            int flags = Opcodes.ACC_STATIC | Opcodes.ACC_FINAL;
            if ((f.access & flags) == flags && (f.access & Opcodes.ACC_SYNTHETIC) == 0 && tableType(f.desc)) {
                candidates.add(f.name);
            }
        }
        if (candidates.isEmpty() && !anyTableAccess(cn, f -> f.getOpcode() == Opcodes.GETSTATIC)) {
            return Use.NONE; // most classes: nothing to analyse
        }
        Flow flow = new Flow(cn.name, candidates);
        for (MethodNode m : cn.methods) {
            if ((m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
                continue;
            }
            flow.inInitializer = m.name.equals("<clinit>");
            try {
                new Analyzer<>(flow).analyze(cn.name, m);
            } catch (AnalyzerException | RuntimeException e) {
                // code the analyzer cannot follow: assume the worst of every table it touches
                return new Use(Set.of(), anyTableAccess(cn, f -> selected.test(f.owner)));
            }
        }
        Set<String> readOnly = new LinkedHashSet<>();
        for (String f : candidates) {
            List<Set<AbstractInsnNode>> given = flow.assigned.get(f); // every array given is fresh, or the field is bad
            boolean kept = given != null && given.stream().flatMap(Set::stream).noneMatch(flow.escapedArrays::contains);
            if (kept && !flow.changedTables.contains(cn.name + "." + f) && !flow.badFields.contains(f)) {
                readOnly.add(f);
            }
        }
        boolean changesOthers = false;
        for (String key : flow.changedTables) {
            // a table of a super class or interface may be named through this class: only its own are its own
            changesOthers |= !flow.own(key) && selected.test(key.substring(0, key.lastIndexOf('.')));
        }
        return new Use(Set.copyOf(readOnly), changesOthers);
    }

    /** Whether some method of the class accesses a static or instance field of a table's type as {@code which} says. */
    private static boolean anyTableAccess(ClassNode cn, Predicate<FieldInsnNode> which) {
        for (MethodNode m : cn.methods) {
            for (AbstractInsnNode insn : m.instructions) {
                if (insn instanceof FieldInsnNode f && tableType(f.desc) && which.test(f)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A value as the analyzer follows it: its type, and which tables and fresh arrays it may be. */
    private static final class Tracked implements Value {
        final BasicValue basic;
        /** Tables ({@code owner.name}) this value may be, read with GETSTATIC. */
        final Set<String> tables;
        /** Arrays made in this method ({@code NEWARRAY}, {@code ANEWARRAY}) this value may be. */
        final Set<AbstractInsnNode> arrays;

        Tracked(BasicValue basic, Set<String> tables, Set<AbstractInsnNode> arrays) {
            this.basic = basic;
            this.tables = tables;
            this.arrays = arrays;
        }

        @Override
        public int getSize() {
            return basic.getSize();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tracked t && basic.equals(t.basic) && tables.equals(t.tables) && arrays.equals(t.arrays);
        }

        @Override
        public int hashCode() {
            return basic.hashCode() * 31 + tables.hashCode();
        }
    }

    /** Follows tables and fresh arrays through a method; whatever may change or keep one is noted. */
    private static final class Flow extends Interpreter<Tracked> {
        private final BasicInterpreter basic = new BasicInterpreter();
        private final String owner;
        private final Set<String> candidates;
        boolean inInitializer;
        /** Tables something may change or keep ({@code owner.name}). */
        final Set<String> changedTables = new HashSet<>();
        /** Fresh arrays something other than an element store or the table's own field may keep. */
        final Set<AbstractInsnNode> escapedArrays = new HashSet<>();
        /** Own fields given a value outside the initializer, or one that is no fresh array. */
        final Set<String> badFields = new HashSet<>();
        /** Own fields and the fresh arrays each PUTSTATIC gave them. */
        final Map<String, List<Set<AbstractInsnNode>>> assigned = new HashMap<>();

        Flow(String owner, Set<String> candidates) {
            super(Opcodes.ASM9);
            this.owner = owner;
            this.candidates = candidates;
        }

        /** Whether the table ({@code owner.name}) is one of this class's own candidates. */
        boolean own(String key) {
            int dot = key.lastIndexOf('.');
            return key.substring(0, dot).equals(owner) && candidates.contains(key.substring(dot + 1));
        }

        private static Tracked plain(BasicValue b) {
            return b == null ? null : new Tracked(b, Set.of(), Set.of());
        }

        /** The value goes somewhere this analysis does not follow. */
        private void escapes(Tracked v) {
            changedTables.addAll(v.tables);
            escapedArrays.addAll(v.arrays);
        }

        @Override
        public Tracked newValue(Type type) {
            return plain(basic.newValue(type));
        }

        @Override
        public Tracked newOperation(AbstractInsnNode insn) throws AnalyzerException {
            BasicValue b = basic.newOperation(insn);
            if (insn.getOpcode() == Opcodes.GETSTATIC && insn instanceof FieldInsnNode f && tableType(f.desc)) {
                return new Tracked(b, Set.of(f.owner + "." + f.name), Set.of());
            }
            return plain(b);
        }

        @Override
        public Tracked copyOperation(AbstractInsnNode insn, Tracked v) throws AnalyzerException {
            return new Tracked(basic.copyOperation(insn, v.basic), v.tables, v.arrays);
        }

        @Override
        public Tracked unaryOperation(AbstractInsnNode insn, Tracked v) throws AnalyzerException {
            BasicValue b = basic.unaryOperation(insn, v.basic);
            switch (insn.getOpcode()) {
                case Opcodes.ARRAYLENGTH -> {
                    return plain(b); // a read
                }
                case Opcodes.CHECKCAST -> {
                    return new Tracked(b, v.tables, v.arrays);
                }
                case Opcodes.NEWARRAY, Opcodes.ANEWARRAY -> {
                    return new Tracked(b, Set.of(), Set.of(insn));
                }
                case Opcodes.PUTSTATIC -> {
                    FieldInsnNode f = (FieldInsnNode) insn;
                    if (f.owner.equals(owner) && tableType(f.desc)) {
                        if (!inInitializer || !v.tables.isEmpty() || v.arrays.isEmpty()) {
                            badFields.add(f.name);
                        }
                        assigned.computeIfAbsent(f.name, k -> new ArrayList<>()).add(v.arrays);
                        changedTables.addAll(v.tables);
                        return null;
                    }
                    escapes(v);
                    return null;
                }
                default -> {
                    escapes(v);
                    return plain(b);
                }
            }
        }

        @Override
        public Tracked binaryOperation(AbstractInsnNode insn, Tracked v1, Tracked v2) throws AnalyzerException {
            BasicValue b = basic.binaryOperation(insn, v1.basic, v2.basic);
            int op = insn.getOpcode();
            if (op < Opcodes.IALOAD || op > Opcodes.SALOAD) {
                escapes(v1); // not an element read: a field store, a comparison, arithmetic
            }
            escapes(v2);
            return plain(b);
        }

        @Override
        public Tracked ternaryOperation(AbstractInsnNode insn, Tracked array, Tracked index, Tracked value) {
            for (String t : array.tables) {
                if (!inInitializer || !own(t)) {
                    changedTables.add(t); // an element store into a table, after its class's initializer
                }
            }
            escapes(index);
            escapes(value);
            return null;
        }

        @Override
        public Tracked naryOperation(AbstractInsnNode insn, List<? extends Tracked> values) throws AnalyzerException {
            List<BasicValue> basics = new ArrayList<>(values.size());
            for (Tracked v : values) {
                escapes(v);
                basics.add(v.basic);
            }
            return plain(basic.naryOperation(insn, basics));
        }

        @Override
        public void returnOperation(AbstractInsnNode insn, Tracked value, Tracked expected) {
            escapes(value);
        }

        @Override
        public Tracked merge(Tracked a, Tracked b) {
            BasicValue m = basic.merge(a.basic, b.basic);
            if (m.equals(a.basic) && a.tables.containsAll(b.tables) && a.arrays.containsAll(b.arrays)) {
                return a;
            }
            Set<String> tables = new HashSet<>(a.tables);
            tables.addAll(b.tables);
            Set<AbstractInsnNode> arrays = new HashSet<>(a.arrays);
            arrays.addAll(b.arrays);
            return new Tracked(m, Set.copyOf(tables), Set.copyOf(arrays));
        }
    }
}
