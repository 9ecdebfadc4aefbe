package tcheck.scenarios.depositwithdraw;

/**
 * A bank account shared by depositing and withdrawing threads, the seed's shared {@code Value}.
 * One sequential meaning for every implementation: {@link #withdraw(int)} takes the money and
 * returns {@code true} only if the balance covers it, otherwise changes nothing and returns
 * {@code false}; so, run by one thread, an account never goes below zero.
 */
public interface Account {
    void deposit(int amount);

    /** Takes {@code amount} and returns true if {@code balance() >= amount}; else returns false. */
    boolean withdraw(int amount);

    int balance();
}
