package tcheck.checker.explorer.javafixtures;

/** A worker calls System.exit(3): the program ends there, with that status; tcheck does not. */
public class ExitInThread implements Runnable {
    @Override
    public void run() {
        Join.all(() -> System.exit(3));
    }
}
