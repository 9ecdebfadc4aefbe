package tcheck.checker.explorer.runtime;

/**
 * The JDK's thread-safe collections, recognised at run time when the program reaches them through
 * an interface ({@code Map}, {@code Queue} ...): a call on them is the JDK's own synchronized or
 * lock-free code, one step and never a data race, unlike a call on a {@code HashMap}.
 */
final class ThreadSafeJdk {
    private ThreadSafeJdk() {
    }

    private static final ClassValue<Boolean> THREAD_SAFE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> c) {
            for (Class<?> k = c; k != null; k = k.getSuperclass()) {
                String n = k.getName();
                if (n.startsWith("java.util.concurrent.") && !n.startsWith("java.util.concurrent.atomic.")
                        || n.startsWith("java.util.Collections$Synchronized") || n.equals("java.util.Vector")
                        || n.equals("java.util.Hashtable")) {
                    return true;
                }
                if (!n.startsWith("java.")) {
                    return false; // the program's own subclass: its code is instrumented
                }
            }
            return false;
        }
    };

    static boolean is(Class<?> c) {
        return THREAD_SAFE.get(c);
    }
}
