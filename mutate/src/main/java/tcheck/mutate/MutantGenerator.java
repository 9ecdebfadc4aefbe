package tcheck.mutate;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;
import org.objectweb.asm.tree.ClassNode;
import tcheck.scenario.Scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes the mutants of a scenario variant: every site of every operator in the classes of the
 * variant's own package that the variant uses (reached from its scenario class through the class
 * files' references), one mutant per site, numbered in class, operator and instruction order.
 */
public final class MutantGenerator {
    private final ClassLoader classes;

    public MutantGenerator() {
        this(MutantGenerator.class.getClassLoader());
    }

    /** @param classes where the scenarios' original class files are read from */
    public MutantGenerator(ClassLoader classes) {
        this.classes = classes;
    }

    public List<Mutant> mutants(Scenario s) {
        return mutants(s, Operators.all());
    }

    public List<Mutant> mutants(Scenario s, List<MutationOperator> operators) {
        List<Mutant> out = new ArrayList<>();
        for (String internal : usedClasses(s)) {
            byte[] original = bytes(internal);
            ClassNode c = read(original);
            for (MutationOperator op : operators) {
                for (Site site : op.sites(c)) {
                    ClassNode fresh = read(original);
                    op.apply(fresh, site);
                    out.add(new Mutant(s.id() + "#" + (out.size() + 1), s, op, internal.replace('/', '.'), site,
                            c.sourceFile == null ? internal.substring(internal.lastIndexOf('/') + 1) + ".java" : c.sourceFile, write(fresh)));
                }
            }
        }
        return out;
    }

    /** The variant's classes in its own package, reached from its scenario class, sorted by name. */
    Set<String> usedClasses(Scenario s) {
        String start = s.getClass().getName().replace('.', '/');
        String pkg = start.substring(0, start.lastIndexOf('/') + 1);
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!seen.add(name)) {
                continue;
            }
            List<String> refs = new ArrayList<>();
            // the remapper is told every type name the class file mentions; a delegate is needed for it to visit code
            new ClassReader(bytes(name)).accept(new ClassRemapper(new ClassNode(), new Remapper() {
                @Override
                public String map(String internalName) {
                    if (internalName.startsWith(pkg) && internalName.indexOf('/', pkg.length()) < 0) {
                        refs.add(internalName);
                    }
                    return internalName;
                }
            }), 0);
            refs.forEach(todo::push);
        }
        return seen;
    }

    private byte[] bytes(String internal) {
        try (InputStream in = classes.getResourceAsStream(internal + ".class")) {
            if (in == null) {
                throw new IllegalStateException("class file of " + internal.replace('/', '.') + " not found");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class file of " + internal.replace('/', '.'), e);
        }
    }

    /** Read the same way for finding sites and for applying them, so instruction positions agree. */
    private static ClassNode read(byte[] bytes) {
        ClassNode c = new ClassNode();
        new ClassReader(bytes).accept(c, 0);
        return c;
    }

    /** Each operator keeps the stack shape at every frame, so the class's own frames stay valid: only max stack is recomputed. */
    private static byte[] write(ClassNode c) {
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        c.accept(w);
        return w.toByteArray();
    }
}
