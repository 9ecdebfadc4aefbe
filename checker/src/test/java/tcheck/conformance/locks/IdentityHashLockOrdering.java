package tcheck.conformance.locks;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * The lock-ordering idiom of "Java Concurrency in Practice" (listing 10.3): two transfers between
 * the same two accounts in opposite directions take the accounts' monitors in the order of
 * {@code System.identityHashCode}, with a tie-breaking lock for equal hashes. Whatever the hash
 * codes are in a given run, both threads take the monitors in the same order: no deadlock, and the
 * balances add up. Correct on every JVM: verified. Identity hash codes differ from run to run; a
 * checker must not call that a nondeterministic program (or must fix them per execution).
 */
@Expect(VERIFIED)
public class IdentityHashLockOrdering implements Runnable {
    static final class Account {
        int balance = 10;
    }

    private final Object tieLock = new Object();
    private final Account x = new Account();
    private final Account y = new Account();

    private void transfer(Account from, Account to, int amount) {
        int fromHash = System.identityHashCode(from);
        int toHash = System.identityHashCode(to);
        if (fromHash < toHash) {
            synchronized (from) {
                synchronized (to) {
                    from.balance -= amount;
                    to.balance += amount;
                }
            }
        } else if (fromHash > toHash) {
            synchronized (to) {
                synchronized (from) {
                    from.balance -= amount;
                    to.balance += amount;
                }
            }
        } else {
            synchronized (tieLock) {
                synchronized (from) {
                    synchronized (to) {
                        from.balance -= amount;
                        to.balance += amount;
                    }
                }
            }
        }
    }

    @Override
    public void run() {
        Thread t1 = new Thread(() -> transfer(x, y, 3), "T1");
        Thread t2 = new Thread(() -> transfer(y, x, 5), "T2");
        t1.start();
        t2.start();
        try {
            t1.join();
            t2.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        synchronized (x) {
            synchronized (y) {
                if (x.balance + y.balance != 20 || x.balance != 12) {
                    throw new AssertionError("balances " + x.balance + ", " + y.balance);
                }
            }
        }
    }
}
