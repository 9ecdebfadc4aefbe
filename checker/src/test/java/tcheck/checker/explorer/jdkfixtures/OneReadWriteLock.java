package tcheck.checker.explorer.jdkfixtures;

/** {@link TwoReadWriteLocks} with one lock for both threads. */
public class OneReadWriteLock extends TwoReadWriteLocks {
    public OneReadWriteLock() {
        super(true);
    }
}
