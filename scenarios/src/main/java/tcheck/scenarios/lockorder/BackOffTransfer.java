package tcheck.scenarios.lockorder;

/**
 * Avoiding the deadlock by backing off: take the first lock, only <em>try</em> the second, and if it is
 * taken put the first one back, wait a moment and start again, until it works. No deadlock, but a
 * livelock.
 *
 * <p>Seed {@code 003_db7905cd5774b6a8.txt} line 222 suggests "adding a timeout for a resource to hold a
 * lock" against the deadlock of {@link OppositeOrderTransfer}. Nobody here ever waits for a lock while
 * holding another (the second lock is only tried), so the cycle of waits cannot form: no deadlock.
 * But nothing guarantees progress either. If T1 (A to B) and T2 (B to A) move in step, T1 takes A, T2
 * takes B, each fails to get the other lock, each lets go, each backs off for the same moment, and
 * they are back where they started, for ever: busy, never blocked, and no money ever moves. This is
 * the generous philosophers' livelock (see {@code philosophers/generous}) with two threads.
 *
 * <p><b>What the explorer can show, honestly.</b> On a real machine the two threads rarely stay in
 * step for long, and a random back-off (JCIP's listing 13.3 sleeps a random time) makes staying in
 * step less and less likely, so real runs almost always finish. The explorer does not deal in
 * likelihood: it is the scheduler, it may keep the two threads in step, and it reports the schedule
 * that goes round the same states without end. So this variant is <em>livelock-prone</em>, not
 * "livelocks every time": the counterexample proves that the code by itself does not guarantee
 * progress, which is the property that "back off and retry" cannot give without something that breaks
 * the symmetry (an order, a priority, or giving up: see {@link GiveUpTransfer}). The back-off is
 * {@link Thread#yield()}, the back-off a scheduler can see; a sleep would change nothing in the
 * argument (the explorer's clock is virtual, so both sleepers wake together).
 */
final class BackOffTransfer implements Transfer {
    @Override
    public boolean transfer(BankAccount from, BankAccount to, int amount) {
        while (true) { // retries without bound: the livelock
            from.lock.lock();
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
            Thread.yield(); // back off, then try again: in step with the other thread, for ever
        }
    }
}
