package tcheck.checker.explorer.instrument;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Turns class files of the code under test into instrumented ones, once each (cached), reading
 * them as resources of a class loader that can see them.
 */
public final class Instrumenter {
    private final ClassLoader source;
    private final Predicate<String> selected;
    private final ClassHierarchy hierarchy;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();
    private final Map<String, Boolean> staticState = new ConcurrentHashMap<>();
    /** A loader a finished run left as its classes were defined, for the next run (see {@link #keepIdle}). */
    private final AtomicReference<InstrumentingClassLoader> idle = new AtomicReference<>();

    /**
     * @param source   where the original class files are read from
     * @param selected which classes (binary names, e.g. {@code com.example.Counter}) to instrument
     */
    public Instrumenter(ClassLoader source, Predicate<String> selected) {
        this.source = source;
        this.selected = selected;
        this.hierarchy = new ClassHierarchy(source);
    }

    public boolean isSelected(String className) {
        return selected.test(className);
    }

    public ClassLoader source() {
        return source;
    }

    /** The instrumented class file, or null when the class cannot be found. */
    public byte[] instrumented(String className) {
        return cache.computeIfAbsent(className, this::transform);
    }

    /**
     * The loader a finished run kept with {@link #keepIdle}, or null: for the next run, whose classes are then
     * defined, linked and compiled already (a loader's classes are new to the JIT, so a short search would
     * otherwise run the code under test interpreted, each time). Taken by one run at a time.
     */
    public InstrumentingClassLoader takeIdle() {
        return idle.getAndSet(null);
    }

    /**
     * Keeps {@code loader} for the next run, unless it defined a class with static state (an execution's
     * leftovers). The caller passes no loader in which an execution ran a class's initializer (the next run
     * would see the class initialized, and not take the steps of its initialization): only executions know.
     */
    public void keepIdle(InstrumentingClassLoader loader) {
        if (!loader.definedStaticState()) {
            idle.set(loader);
        }
    }

    /** Whether the class (instrumented already) has static state that executions could change. */
    public boolean hasStaticState(String className) {
        return staticState.getOrDefault(className, false);
    }

    private byte[] transform(String className) {
        String resource = className.replace('.', '/') + ".class";
        try (InputStream in = source.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            ClassReader reader = new ClassReader(in);
            ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
                @Override
                protected String getCommonSuperClass(String a, String b) {
                    return hierarchy.commonSuperClass(a, b);
                }
            };
            Predicate<String> selectedInternal = internal -> selected.test(internal.replace('/', '.'));
            StaticTables.Use tables = StaticTables.of(reader, selectedInternal);
            ClassInstrumenter ci = new ClassInstrumenter(writer, hierarchy, selectedInternal, LocalNames.of(reader), tables.readOnly());
            reader.accept(ci, ClassReader.EXPAND_FRAMES);
            staticState.put(className, ci.hasStaticState() || tables.changesOthers());
            return writer.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot instrument " + className + ": " + e, e);
        }
    }
}
