package tcheck.checker.explorer;

import tcheck.checker.explorer.instrument.Instrumenter;
import tcheck.checker.explorer.runtime.ProgramConstructionFailed;
import tcheck.scenario.Program;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A user's own compiled code: a class implementing {@link Runnable} whose {@code run()} starts,
 * joins and asserts, or a class with {@code public static void main(String[])} (the usual shape of
 * a bug kernel), run with the given arguments. Every class found on the given class path is
 * instrumented.
 */
public final class RunnableSource implements ProgramSource {
    private final String className;
    private final Instrumenter instrumenter;
    private final List<String> args;

    private RunnableSource(String className, Instrumenter instrumenter, List<String> args) {
        this.className = className;
        this.instrumenter = instrumenter;
        this.args = List.copyOf(args);
    }

    /** @throws IllegalArgumentException when the class path or the class is not usable, with the reason */
    public static RunnableSource of(String className, List<Path> classPath) {
        return of(className, classPath, List.of());
    }

    /** A Runnable (args must be empty) or a class with a main method, run with {@code args}. */
    public static RunnableSource of(String className, List<Path> classPath, List<String> args) {
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
        RunnableSource source = new RunnableSource(className, ins, args);
        source.check();
        return source;
    }

    /** Also used by the JUnit extension: instruments classes the predicate selects, read from {@code loader}. */
    public static RunnableSource of(String className, ClassLoader loader, java.util.function.Predicate<String> selected) {
        return new RunnableSource(className, new Instrumenter(loader, selected), List.of());
    }

    private void check() {
        Class<?> c = load(new tcheck.checker.explorer.instrument.InstrumentingClassLoader(instrumenter.source(), instrumenter));
        if (mainMethod(c) != null && (!Runnable.class.isAssignableFrom(c) || !args.isEmpty())) {
            return;
        }
        if (!Runnable.class.isAssignableFrom(c)) {
            throw new IllegalArgumentException("class " + className + " neither implements Runnable nor has a public static void main(String[])");
        }
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("class " + className + " is a Runnable: it takes no arguments (only a main method does)");
        }
        String cannotMake = c.isInterface() ? "an interface" : c.isEnum() ? "an enum" : Modifier.isAbstract(c.getModifiers()) ? "abstract" : null;
        if (cannotMake != null) { // no instance to run: name a concrete class that implements it
            throw new IllegalArgumentException("class " + className + " is " + cannotMake + ": name a concrete class with a no-argument constructor");
        }
        try {
            c.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("class " + className + " needs a no-argument constructor");
        }
    }

    private static Method mainMethod(Class<?> c) {
        try {
            Method m = c.getMethod("main", String[].class);
            return Modifier.isStatic(m.getModifiers()) && m.getReturnType() == void.class ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
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
        Class<?> c = load(loader);
        Method main = mainMethod(c);
        if (main != null && (!Runnable.class.isAssignableFrom(c) || !args.isEmpty())) {
            String[] argv = args.toArray(String[]::new);
            return new UserProgram(() -> {
                try {
                    main.setAccessible(true);
                    main.invoke(null, (Object) argv);
                } catch (InvocationTargetException e) {
                    sneakyThrow(e.getCause()); // the program's own exception, as the program threw it
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot call " + className + ".main: " + e, e);
                }
            }, null);
        }
        Runnable body;
        try {
            var ctor = c.getDeclaredConstructor();
            ctor.setAccessible(true);
            body = (Runnable) ctor.newInstance();
        } catch (InvocationTargetException e) {
            throw new ProgramConstructionFailed("the constructor of " + className, e.getCause());
        } catch (ExceptionInInitializerError e) {
            throw new ProgramConstructionFailed("the static initializer of " + className, e.getCause() == null ? e : e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + className + ": " + e, e);
        }
        return new UserProgram(body, body);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneakyThrow(Throwable e) throws E {
        throw (E) e;
    }

    /** The user's body; its shared state is the Runnable's own fields (none for a main method). */
    private static final class UserProgram implements Program {
        private final Runnable body;
        private final Object fields;

        UserProgram(Runnable body, Object fields) {
            this.body = body;
            this.fields = fields;
        }

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
            if (fields == null) {
                return state;
            }
            for (java.lang.reflect.Field f : fields.getClass().getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    Object v = f.get(fields);
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
    }

    @Override
    public String describe() {
        return className;
    }
}
