package tcheck.checker.explorer.instrument;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The classes under test that declare a static initializer, recorded as they are instrumented (so
 * before any of them exists): the runtime models only their initialization as the JVM's init lock;
 * a class without one is initialized as soon as its super classes are.
 */
public final class StaticInitializers {
    private static final Set<String> DECLARED = ConcurrentHashMap.newKeySet();

    private StaticInitializers() {
    }

    static void declared(String internalName) {
        DECLARED.add(internalName.replace('/', '.'));
    }

    /** Whether the instrumented class of this binary name declares a static initializer. */
    public static boolean declares(String className) {
        return DECLARED.contains(className);
    }
}
