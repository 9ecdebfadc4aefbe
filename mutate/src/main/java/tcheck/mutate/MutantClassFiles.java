package tcheck.mutate;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * The class files a mutant is explored with: the mutated class's file in place of the original,
 * every other one from the parent. The explorer's instrumenter reads the code under test as
 * resources of its source loader, so this is all it takes to have it explore the mutant.
 */
final class MutantClassFiles extends ClassLoader {
    static {
        ClassLoader.registerAsParallelCapable();
    }

    private final String resource;
    private final byte[] bytes;

    MutantClassFiles(ClassLoader parent, Mutant m) {
        super("tcheck-mutant", parent);
        this.resource = m.className().replace('.', '/') + ".class";
        this.bytes = m.bytes();
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        return name.equals(resource) ? new ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
    }
}
