package tcheck.scenarios.lockorder;

/**
 * Lock the account you take money from, then the one you pay into: the two-lock deadlock.
 *
 * <p>Seed {@code 003_db7905cd5774b6a8.txt} line 222 warns about it in one paragraph: "Suppose a thread
 * acquires a lock on resource A and is waiting to acquire a lock on resource B. But another thread
 * already holds a lock on resource B and is looking to acquire a lock resource A. The two threads will
 * wait for each other to release the locks, but it will never happen." Here is that program, in the
 * shape it usually takes in real code (Java Concurrency in Practice calls it a dynamic lock-order
 * deadlock): every transfer locks {@code from} first and {@code to} second. Each transfer on its own is
 * correct; but T1 pays A to B while T2 pays B to A, so T1 takes A's lock, T2 takes B's lock, and each
 * then waits for the lock the other holds. Neither lock will ever be released: every live thread is
 * blocked, the property "no deadlock" breaks.
 *
 * <p>The order in which a transfer takes the locks depends on its arguments, so there is no one order
 * over all the locks, and two transfers in opposite directions make a cycle of waits. The bug needs
 * only one preemption, between the first and the second {@code lock()}; any test that happens to run
 * the transfers one after the other passes. {@link GlobalOrderTransfer} is the fix.
 */
final class OppositeOrderTransfer implements Transfer {
    @Override
    public boolean transfer(BankAccount from, BankAccount to, int amount) {
        from.lock.lock();
        try {
            to.lock.lock(); // T1 holds A and waits for B here, while T2 holds B and waits for A
            try {
                from.moveTo(to, amount);
                return true;
            } finally {
                to.lock.unlock();
            }
        } finally {
            from.lock.unlock();
        }
    }
}
