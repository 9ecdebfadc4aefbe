package tcheck.scenarios.lockorder;

/**
 * Back off a bounded number of times, then give up and say so: the timed {@code tryLock} idiom of Java
 * Concurrency in Practice (listing 13.3, {@code transferMoney} returns false when its time budget runs
 * out), and the "timeout for a resource to hold a lock" of seed {@code 003_db7905cd5774b6a8.txt} line
 * 222, made deterministic: a fixed number of attempts instead of a deadline.
 *
 * <p>Both locks are only ever <em>tried</em>, so no thread waits while holding a lock: no deadlock. The
 * number of attempts is bounded, so every transfer returns after at most {@link #ATTEMPTS} rounds: no
 * livelock, every thread finishes. What it does not promise is that the money moves: in the lock-step
 * schedule that livelocks {@link BackOffTransfer}, both transfers give up and return false, and the
 * caller must retry later or report the failure. The properties that hold in every schedule are the
 * ones this variant claims: every thread finishes, no money is created or lost, and each transfer
 * happened completely or not at all. If every transfer must succeed, take the locks in one global
 * order ({@link GlobalOrderTransfer}).
 */
final class GiveUpTransfer implements Transfer {
    /** Rounds before giving up. */
    static final int ATTEMPTS = 2;

    @Override
    public boolean transfer(BankAccount from, BankAccount to, int amount) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (from.lock.tryLock()) {
                try {
                    if (to.lock.tryLock()) {
                        try {
                            from.moveTo(to, amount);
                            return true;
                        } finally {
                            to.lock.unlock();
                        }
                    }
                } finally {
                    from.lock.unlock();
                }
            }
            Thread.yield(); // back off before the next attempt
        }
        return false; // gave up: nothing moved, the caller decides what to do
    }
}
