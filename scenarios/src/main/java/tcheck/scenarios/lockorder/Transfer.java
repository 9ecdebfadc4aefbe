package tcheck.scenarios.lockorder;

/**
 * How a thread moves money between two accounts while holding both of their locks: one class per way
 * of taking the two locks, so each file teaches one lesson.
 */
interface Transfer {
    /**
     * Moves {@code amount} from {@code from} to {@code to}, holding both accounts' locks while it does.
     *
     * @return whether the money moved (a transfer that gives up returns false and changes nothing)
     */
    boolean transfer(BankAccount from, BankAccount to, int amount) throws InterruptedException;
}
