package tcheck.scenarios.lockorder;

import java.util.concurrent.locks.ReentrantLock;

/**
 * One of the two "resources" of seed {@code 003_db7905cd5774b6a8.txt} line 222: an account with its
 * own {@link ReentrantLock}. A transfer must hold the locks of both accounts it touches, so that no
 * one sees the money in flight; how it takes those two locks is what the variants of this family are
 * about. The lock is a {@code ReentrantLock} rather than the account's monitor because two of the
 * variants <em>try</em> to take it ({@link ReentrantLock#tryLock()}), which a monitor cannot do.
 *
 * <p>{@link #balance} is read and written only by a thread that holds {@link #lock}.
 */
public final class BankAccount {
    final String name;
    /** Which account comes first in the global lock order (lower first). */
    final int number;
    final ReentrantLock lock = new ReentrantLock();
    int balance;

    BankAccount(String name, int number, int balance) {
        this.name = name;
        this.number = number;
        this.balance = balance;
    }

    /** Moves {@code amount} to {@code to}; the caller holds both accounts' locks. */
    void moveTo(BankAccount to, int amount) {
        balance -= amount;
        to.balance += amount;
    }

    @Override
    public String toString() {
        return "account " + name;
    }
}
