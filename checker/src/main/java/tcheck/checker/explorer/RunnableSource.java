package tcheck.checker.explorer;

import tcheck.checker.explorer.instrument.Instrumenter;
import tcheck.scenario.Program;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A user's own compiled code: a class implementing {@link Runnable} whose {@code run()} starts,
 * joins and asserts. Every class found on the given class path is instrumented.
 */
public final class RunnableSource implements ProgramSource {
    private final String className;
    private final Instrumenter instrumenter;

    private RunnableSource(String className, Instrumenter instrumenter) {
        this.className = className;
        this.instrumenter = instrumenter;
    }

    /** @throws IllegalArgumentException when the class path or the class is not usable, with the reason */
    public static RunnableSource of(String className, List<Path> classPath) {
        List<URL> urls = new ArrayList<>();
        for (Path p : classPath) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException("class path entry does not exist: " + p);
            }
            try {
                urls.add(p.toUri().toURL());
            } catch (java.net.MalformedURLException e) {
                throw new IllegalArgumentException("bad class path entry: " + p);
            }
        }
        URLClassLoader own = new URLClassLoader(urls.toArray(URL[]::new), null); // only the user's classes
        URLClassLoader withJdk = new URLClassLoader(urls.toArray(URL[]::new), RunnableSource.class.getClassLoader());
        Instrumenter ins = new Instrumenter(withJdk, name -> own.findResource(name.replace('.', '/') + ".class") != null);
        if (!ins.isSelected(className)) {
            throw new IllegalArgumentException("class " + className + " not found on the class path " + classPath);
        }
        RunnableSource source = new RunnableSource(className, ins);
        source.check();
        return source;
    }

    /** Also used by the JUnit extension: instruments classes the predicate selects, read from {@code loader}. */
    public static RunnableSource of(String className, ClassLoader loader, java.util.function.Predicate<String> selected) {
        return new RunnableSource(className, new Instrumenter(loader, selected));
    }

    private void check() {
        Class<?> c = load(new tcheck.checker.explorer.instrument.InstrumentingClassLoader(instrumenter.source(), instrumenter));
        if (!Runnable.class.isAssignableFrom(c)) {
            throw new IllegalArgumentException("class " + className + " does not implement Runnable");
        }
        try {
            c.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("class " + className + " needs a no-argument constructor");
        }
    }

    private Class<?> load(ClassLoader loader) {
        try {
            return loader.loadClass(className);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("cannot load " + className + ": " + e);
        }
    }

    @Override
    public Instrumenter instrumenter() {
        return instrumenter;
    }

    @Override
    public Program newProgram(ClassLoader loader) {
        Runnable body;
        try {
            var ctor = load(loader).getDeclaredConstructor();
            ctor.setAccessible(true);
            body = (Runnable) ctor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + className + ": " + e, e);
        }
        return new Program() {
            @Override
            public void run() {
                body.run();
            }

            @Override
            public void check() {
            }

            /** The Runnable's own fields: where a user's test keeps the state its threads share. */
            @Override
            public Map<String, Object> sharedState() {
                Map<String, Object> state = new java.util.LinkedHashMap<>();
                for (java.lang.reflect.Field f : body.getClass().getDeclaredFields()) {
                    if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                        continue;
                    }
                    try {
                        f.setAccessible(true);
                        Object v = f.get(body);
                        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof String
                                || v instanceof java.util.Collection || v.getClass().isArray()) {
                            state.put(f.getName(), v);
                        }
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        // not readable: leave it out of the trace
                    }
                }
                return state;
            }
        };
    }

    @Override
    public String describe() {
        return className;
    }
}
