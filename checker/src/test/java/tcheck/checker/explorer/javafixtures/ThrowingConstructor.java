package tcheck.checker.explorer.javafixtures;

/** The program's constructor throws: the user's exception, not an internal error. */
public class ThrowingConstructor implements Runnable {
    public ThrowingConstructor() {
        throw new IllegalStateException("no configuration found");
    }

    @Override
    public void run() {
    }
}
