package tcheck.mutate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.ProtectionDomain;

/**
 * The scenario classes with one of them mutated, for engines that take the scenario as an object:
 * every {@code tcheck.scenarios.*} class is defined here (one runtime package, so package-private
 * access keeps working), the mutated one from the mutant's bytes. Their code source is the mutant's
 * class directory, which holds the mutated class file: an engine that forks a JVM and puts the
 * scenario class's location first on its class path (JPF, Fray) runs the mutant there too.
 */
final class MutantClasses extends ClassLoader {
    static {
        ClassLoader.registerAsParallelCapable();
    }

    private static final String SCENARIOS = "tcheck.scenarios.";

    private final Mutant mutant;
    private final Path dir;
    private final ProtectionDomain domain;

    /** @param dir the mutant's class directory ({@link #writeClassFile}) */
    MutantClasses(ClassLoader parent, Mutant mutant, Path dir) {
        super("tcheck-mutant-classes", parent);
        this.mutant = mutant;
        this.dir = dir;
        try {
            this.domain = new ProtectionDomain(new CodeSource(dir.toUri().toURL(), (java.security.cert.Certificate[]) null), null);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the mutated class file under {@code dir}, where a class path entry {@code dir} finds it. */
    static void writeClassFile(Mutant m, Path dir) {
        Path file = dir.resolve(m.className().replace('.', '/') + ".class");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, m.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the mutated class file " + file, e);
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(SCENARIOS)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                byte[] bytes = name.equals(mutant.className()) ? mutant.bytes() : original(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                c = defineClass(name, bytes, 0, bytes.length, domain);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    /** The mutated class's own file is the mutant's: a tool reading the class as a resource sees what runs. */
    @Override
    public java.net.URL getResource(String name) {
        if (name.equals(mutant.className().replace('.', '/') + ".class")) {
            try {
                return dir.resolve(name).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        return super.getResource(name);
    }

    private byte[] original(String name) {
        try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class file of " + name, e);
        }
    }
}
