package tcheck.scenarios.lockorder;

/**
 * The textbook cure for {@link OppositeOrderTransfer}'s deadlock: one global order over all locks, here
 * the accounts' numbers, and every thread takes the lower-numbered lock first, whichever way the money
 * goes.
 *
 * <p>The deadlock of seed {@code 003_db7905cd5774b6a8.txt} line 222 needs a cycle: T1 holds A and waits
 * for B while T2 holds B and waits for A. With a global order, a thread only ever waits for a lock
 * higher than every lock it holds, so every wait points up the order and a chain of waits cannot
 * come back to where it started. T1 (A to B) and T2 (B to A) now both reach for A first: whoever gets
 * it also gets B, transfers and lets go, then the other proceeds. The same argument fixes the dining
 * philosophers (see {@code philosophers/ordered}). The price: the code that takes locks must know the
 * order, so it only works where all the locks are known to it.
 */
final class GlobalOrderTransfer implements Transfer {
    @Override
    public boolean transfer(BankAccount from, BankAccount to, int amount) {
        BankAccount first = from.number < to.number ? from : to;
        BankAccount second = first == from ? to : from;
        first.lock.lock();
        try {
            second.lock.lock();
            try {
                from.moveTo(to, amount);
                return true;
            } finally {
                second.lock.unlock();
            }
        } finally {
            first.lock.unlock();
        }
    }
}
