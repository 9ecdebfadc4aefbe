package tcheck.checker.explorer.javafixtures;

/**
 * Two virtual threads (JDK 21+, reached by reflection: the tests compile for JDK 17) add to a
 * counter and are joined. Not under the checker's control: an error naming this file, never a
 * counterexample (a real JVM cannot show the count 0 after both joins) nor "verified".
 */
public class StartsVirtualThread implements Runnable {
    private int count;

    @Override
    public void run() {
        try {
            java.lang.reflect.Method start = Thread.class.getMethod("startVirtualThread", Runnable.class);
            Thread a = (Thread) start.invoke(null, (Runnable) () -> count++);
            Thread b = (Thread) start.invoke(null, (Runnable) () -> count++);
            a.join();
            b.join();
        } catch (ReflectiveOperationException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (count != 2) {
            throw new AssertionError("lost update: " + count);
        }
    }
}
