package tcheck.scenarios.depositwithdraw;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The fix for both account bugs: one {@link ReentrantLock} held across each whole operation.
 *
 * <p>{@code deposit} holds it from the read to the write of {@code balance}, so no update can be lost
 * (seed {@code 000_715c6142ede907d2.txt} lines 506-543: {@code lock.acquire(); total.value += 5;
 * lock.release()}); {@code withdraw} holds it from the check to the subtract, so the balance it
 * checked is still the balance it changes and it can never overdraw. Both properties hold:
 * balance == initial + deposits - successful withdrawals, and balance >= 0.
 */
public class LockedAccount implements Account {
    private final ReentrantLock lock = new ReentrantLock();
    /** Package-private so the scenario can show it in traces without taking the lock. */
    int balance;

    public LockedAccount(int initialBalance) {
        this.balance = initialBalance;
    }

    @Override
    public void deposit(int amount) {
        lock.lock();
        try {
            balance = balance + amount;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean withdraw(int amount) {
        lock.lock();
        try {
            if (balance >= amount) {
                balance = balance - amount;
                return true;
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int balance() {
        lock.lock();
        try {
            return balance;
        } finally {
            lock.unlock();
        }
    }
}
