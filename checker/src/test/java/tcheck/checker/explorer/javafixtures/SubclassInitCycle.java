package tcheck.checker.explorer.javafixtures;

/**
 * A super class whose initializer makes an instance of its subclass, the textbook class-loading
 * deadlock: T2's {@code new Derived()} takes Derived's initialization lock and then needs Base's,
 * while T1 initializes Base and needs Derived's. Derived has no initializer of its own.
 */
public class SubclassInitCycle implements Runnable {
    static class Base {
        static final Base DEFAULT = new Derived();
    }

    static class Derived extends Base {
    }

    private final Object[] seen = new Object[2];

    @Override
    public void run() {
        Join.all(() -> seen[0] = Base.DEFAULT, () -> seen[1] = new Derived());
    }
}
