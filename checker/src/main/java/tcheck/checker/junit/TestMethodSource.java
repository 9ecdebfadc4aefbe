package tcheck.checker.junit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import tcheck.checker.explorer.ProgramSource;
import tcheck.checker.explorer.RunnableSource;
import tcheck.checker.explorer.instrument.Instrumenter;
import tcheck.scenario.Program;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * A JUnit test method as a program to explore: each execution loads the test class through the
 * explorer's instrumenting loader, makes a fresh instance, runs its {@code @BeforeEach} methods, the test
 * method and its {@code @AfterEach} methods. What the method throws is what the explorer sees: an
 * AssertionError becomes an invariant violation, anything else an uncaught exception.
 */
final class TestMethodSource implements ProgramSource {
    private final Class<?> testClass;
    private final Method method;
    private final List<Object> arguments;
    /** The facade builds the instrumenter for a class loader and a selection; we take it from there. */
    private final Instrumenter instrumenter;

    TestMethodSource(Class<?> testClass, Method method, List<Object> arguments, Predicate<String> instrumented) {
        this.testClass = testClass;
        this.method = method;
        this.arguments = arguments;
        this.instrumenter = RunnableSource.of(testClass.getName(), testClass.getClassLoader(), instrumented).instrumenter();
    }

    @Override
    public Instrumenter instrumenter() {
        return instrumenter;
    }

    @Override
    public Program newProgram(ClassLoader loader) {
        try {
            Class<?> c = Class.forName(testClass.getName(), true, loader);
            var ctor = c.getDeclaredConstructor();
            ctor.setAccessible(true);
            Object instance = ctor.newInstance();
            Method m = sameMethodIn(c);
            List<Method> before = AnnotationSupport.findAnnotatedMethods(c, BeforeEach.class, HierarchyTraversalMode.TOP_DOWN);
            List<Method> after = AnnotationSupport.findAnnotatedMethods(c, AfterEach.class, HierarchyTraversalMode.BOTTOM_UP);
            for (Method lifecycle : before.size() + after.size() == 0 ? List.<Method>of() : concat(before, after)) {
                if (lifecycle.getParameterCount() > 0) {
                    throw new IllegalStateException("@ExploreInterleavings reruns @BeforeEach/@AfterEach methods on each fresh"
                            + " instance and cannot supply parameters: " + lifecycle);
                }
            }
            return new TestProgram(instance, m, arguments.toArray(), before, after);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(testClass.getName() + " needs a no-argument constructor to be explored"
                    + " (a fresh instance is made for every execution)", e);
        } catch (InvocationTargetException e) {
            throw new tcheck.checker.explorer.runtime.ProgramConstructionFailed("the constructor of " + testClass.getName(), e.getCause());
        } catch (ExceptionInInitializerError e) {
            throw new tcheck.checker.explorer.runtime.ProgramConstructionFailed("the static initializer of " + testClass.getName(),
                    e.getCause() == null ? e : e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate " + testClass.getName() + ": " + e, e);
        }
    }

    private static List<Method> concat(List<Method> a, List<Method> b) {
        List<Method> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The test method as declared by the instrumented copy of its class; parameter types by name, since some are instrumented too. */
    private Method sameMethodIn(Class<?> instrumented) throws ClassNotFoundException, NoSuchMethodException {
        Class<?>[] types = method.getParameterTypes();
        Class<?>[] mapped = new Class<?>[types.length];
        for (int i = 0; i < types.length; i++) {
            mapped[i] = types[i].isPrimitive() ? types[i] : Class.forName(types[i].getName(), false, instrumented.getClassLoader());
        }
        Class<?> declaring = Class.forName(method.getDeclaringClass().getName(), false, instrumented.getClassLoader());
        Method m = declaring.getDeclaredMethod(method.getName(), mapped);
        m.setAccessible(true);
        return m;
    }

    @Override
    public String describe() {
        return testClass.getSimpleName() + "." + method.getName() + "()";
    }

    /** One execution's test instance. */
    private record TestProgram(Object instance, Method test, Object[] args, List<Method> before, List<Method> after)
            implements Program {
        private static final List<String> ASSERTION_LIBRARIES = List.of("org.junit.", "org.opentest4j.", "org.assertj.",
                "org.hamcrest.", "junit.framework.");

        @Override
        public void run() {
            Throwable failure = null;
            try {
                for (Method m : before) {
                    invoke(m);
                }
                invoke(test, args);
            } catch (Throwable t) {
                failure = t;
            }
            for (Method m : after) {
                try {
                    invoke(m);
                } catch (Throwable t) {
                    if (failure == null) {
                        failure = t;
                    } else {
                        failure.addSuppressed(t);
                    }
                }
            }
            if (failure != null) {
                throw TestProgram.<RuntimeException>sneaky(withoutAssertionLibraryFrames(failure));
            }
        }

        /** So the explorer's "assertion failed at" names the test's line, not assertEquals' insides. */
        private static Throwable withoutAssertionLibraryFrames(Throwable t) {
            StackTraceElement[] stack = t.getStackTrace();
            int first = 0;
            while (first < stack.length && ASSERTION_LIBRARIES.stream().anyMatch(stack[first].getClassName()::startsWith)) {
                first++;
            }
            if (first > 0 && first < stack.length) {
                t.setStackTrace(java.util.Arrays.copyOfRange(stack, first, stack.length));
            }
            return t;
        }

        private void invoke(Method m, Object... with) throws Throwable {
            try {
                m.setAccessible(true);
                m.invoke(instance, with);
            } catch (InvocationTargetException e) {
                throw e.getCause(); // the test's own AssertionError or exception, as the explorer must see it
            }
        }

        /** Rethrows a checked exception unchanged (a test method may declare any). */
        @SuppressWarnings("unchecked")
        private static <T extends Throwable> T sneaky(Throwable t) throws T {
            throw (T) t;
        }

        @Override
        public void check() {
            // the test method asserts for itself, after joining its threads
        }

        /** The test instance's small fields (numbers, strings, atomics), shown after every step of a trace. */
        @Override
        public Map<String, Object> sharedState() {
            Map<String, Object> state = new LinkedHashMap<>();
            for (Class<?> c = instance.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic() || !shown(f.getType())) {
                        continue;
                    }
                    try {
                        f.setAccessible(true);
                        Object v = f.get(instance);
                        // a snapshot: immutable boxes as they are, anything else (atomics) as text
                        state.putIfAbsent(f.getName(), v == null ? "null" : IMMUTABLE.contains(v.getClass()) ? v : v.toString());
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        // an inaccessible field is simply not shown
                    }
                }
            }
            return state;
        }

        private static final java.util.Set<Class<?>> IMMUTABLE = java.util.Set.of(Integer.class, Long.class, Short.class,
                Byte.class, Double.class, Float.class, Boolean.class, String.class);

        private static boolean shown(Class<?> t) {
            return t.isPrimitive() || t.isEnum() || t == String.class || Number.class.isAssignableFrom(t) && t.getName().startsWith("java.")
                    || t == Boolean.class || t == Character.class || t == AtomicInteger.class || t == AtomicLong.class
                    || t == AtomicBoolean.class || t == AtomicReference.class;
        }
    }
}
