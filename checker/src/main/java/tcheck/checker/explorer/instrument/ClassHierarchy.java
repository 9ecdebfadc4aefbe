package tcheck.checker.explorer.instrument;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Class facts read from class files without loading the classes: super types (for frame
 * computation and "is this a Thread?") and field flags (final fields need no scheduling point,
 * volatile ones synchronize).
 */
public final class ClassHierarchy {
    private record Info(String superName, String[] interfaces, int access, Map<String, Integer> fields) {
    }

    private static final Info MISSING = new Info(null, new String[0], 0, Map.of());

    private final ClassLoader resources;
    private final Map<String, Info> cache = new ConcurrentHashMap<>();

    public ClassHierarchy(ClassLoader resources) {
        this.resources = resources;
    }

    private Info info(String internalName) {
        return cache.computeIfAbsent(internalName, this::read);
    }

    private Info read(String internalName) {
        try (InputStream in = resources.getResourceAsStream(internalName + ".class")) {
            if (in == null) {
                return MISSING;
            }
            ClassReader r = new ClassReader(in);
            Map<String, Integer> fields = new HashMap<>();
            r.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                    fields.put(name, access);
                    return null;
                }
            }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return new Info(r.getSuperName(), r.getInterfaces(), r.getAccess(), fields);
        } catch (IOException e) {
            return MISSING;
        }
    }

    public boolean isInterface(String name) {
        return (info(name).access & Opcodes.ACC_INTERFACE) != 0;
    }

    /** Whether {@code sub} is {@code sup} or extends/implements it. */
    public boolean isSubtype(String sub, String sup) {
        for (String c = sub; c != null; c = info(c).superName) {
            if (c.equals(sup)) {
                return true;
            }
            for (String i : info(c).interfaces) {
                if (isSubtype(i, sup)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Access flags of the field as resolved from {@code owner}, or -1 when unknown. */
    public int fieldAccess(String owner, String name) {
        for (String c = owner; c != null; c = info(c).superName) {
            Integer a = info(c).fields.get(name);
            if (a != null) {
                return a;
            }
            for (String i : info(c).interfaces) {
                int ia = fieldAccess(i, name);
                if (ia != -1) {
                    return ia;
                }
            }
        }
        return -1;
    }

    /** The closest common super class, for stack map frames. */
    public String commonSuperClass(String a, String b) {
        if (isInterface(a) || isInterface(b)) {
            return "java/lang/Object";
        }
        List<String> chain = new ArrayList<>();
        for (String c = a; c != null; c = info(c).superName) {
            chain.add(c);
        }
        for (String c = b; c != null; c = info(c).superName) {
            if (chain.contains(c)) {
                return c;
            }
        }
        return "java/lang/Object";
    }
}
