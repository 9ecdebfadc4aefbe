package tcheck.checker.explorer.instrument;

/**
 * Loads the classes under test, instrumented, and everything else (the JDK, the scenario API, the
 * explorer's runtime) from its parent. Child-first for the selected classes, so the code under
 * test runs with scheduling points even if the parent has loaded a plain copy.
 */
public final class InstrumentingClassLoader extends ClassLoader {
    static {
        ClassLoader.registerAsParallelCapable();
    }

    private final Instrumenter instrumenter;
    private volatile boolean staticState;

    public InstrumentingClassLoader(ClassLoader parent, Instrumenter instrumenter) {
        super("tcheck-instrumented", parent);
        this.instrumenter = instrumenter;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!instrumenter.isSelected(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                byte[] bytes = instrumenter.instrumented(name);
                if (bytes == null) {
                    return super.loadClass(name, resolve);
                }
                c = defineClass(name, bytes, 0, bytes.length);
                if (instrumenter.hasStaticState(name)) {
                    staticState = true;
                }
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    /**
     * Whether a class with static state was defined here: once an execution has run with it, its
     * statics are that execution's leftovers, and the next execution needs a fresh loader.
     */
    public boolean definedStaticState() {
        return staticState;
    }

    @Override
    public java.net.URL getResource(String name) {
        java.net.URL own = instrumenter.source().getResource(name);
        return own != null ? own : super.getResource(name);
    }
}
