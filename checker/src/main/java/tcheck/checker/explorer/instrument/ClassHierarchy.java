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
    private record Info(String superName, String[] interfaces, int access, Map<String, Integer> fields, java.util.Set<String> methods) {
    }

    private static final Info MISSING = new Info(null, new String[0], 0, Map.of(), java.util.Set.of());

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
            java.util.Set<String> methods = new java.util.HashSet<>();
            r.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                    fields.put(name, access);
                    return null;
                }

                @Override
                public org.objectweb.asm.MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                                   String[] exceptions) {
                    methods.add(name + descriptor);
                    return null;
                }
            }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return new Info(r.getSuperName(), r.getInterfaces(), r.getAccess(), fields, methods);
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

    /**
     * The class a static field or method named from {@code owner} is declared in (a super class or
     * interface of it, or itself): the class the JVM initializes when the field or method is used.
     * Null when unknown.
     */
    public String staticMemberOwner(String owner, String name, String desc, boolean method) {
        for (String c = owner; c != null; c = info(c).superName) {
            Info i = info(c);
            if (i == MISSING) {
                return null;
            }
            if (method ? i.methods.contains(name + desc) : i.fields.containsKey(name)) {
                return c;
            }
            if (!method) {
                for (String itf : i.interfaces) {
                    String found = staticMemberOwner(itf, name, desc, false);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    /** Whether code in {@code from} may name class {@code c} in a constant (it is public, or in the same package). */
    public boolean accessible(String c, String from) {
        int slash = c.lastIndexOf('/');
        return (info(c).access & Opcodes.ACC_PUBLIC) != 0
                || slash == from.lastIndexOf('/') && c.regionMatches(0, from, 0, Math.max(0, slash));
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
