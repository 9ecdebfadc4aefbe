package tcheck.scenarios.depositwithdraw;

import java.util.function.IntSupplier;

/**
 * One account and the threads that use it: each depositor deposits 5 {@code operations} times, each
 * withdrawer tries to withdraw 5 {@code operations} times and counts how many were granted.
 * Afterwards the account must balance: never below zero, and
 * {@code balance == initial + 5 x deposits - 5 x granted withdrawals}.
 */
final class AccountRun {
    /** The seed's amount: {@code total.value += 5} / {@code -= 5}. */
    static final int AMOUNT = 5;

    final String name;
    final Account account;
    final IntSupplier balanceField;
    final int initial;
    final int depositors;
    final int withdrawers;
    final int operations;
    /** Granted withdrawals, one slot per withdrawer, each written only by its own thread. */
    final int[] granted;

    /**
     * @param name         the account's name in shared state and messages
     * @param balanceField reads the balance field directly (no lock), for traces between steps
     */
    AccountRun(String name, Account account, IntSupplier balanceField, int depositors, int withdrawers,
               int operations) {
        this.name = name;
        this.account = account;
        this.balanceField = balanceField;
        this.initial = balanceField.getAsInt();
        this.depositors = depositors;
        this.withdrawers = withdrawers;
        this.operations = operations;
        this.granted = new int[withdrawers];
    }

    Runnable depositor() {
        Account shared = account;
        int n = operations;
        return () -> {
            for (int k = 0; k < n; k++) {
                shared.deposit(AMOUNT);
            }
        };
    }

    Runnable withdrawer(int slot) {
        Account shared = account;
        int n = operations;
        int[] grantedSlots = granted;
        return () -> {
            int ok = 0;
            for (int k = 0; k < n; k++) {
                if (shared.withdraw(AMOUNT)) {
                    ok++;
                }
            }
            grantedSlots[slot] = ok;
        };
    }

    /** What is wrong with the final state, or null when the account balances. */
    String violation() {
        int balance = account.balance();
        if (balance < 0) {
            return "overdraft: balance " + balance + " < 0";
        }
        int withdrawn = 0;
        for (int g : granted) {
            withdrawn += g;
        }
        int expected = initial + AMOUNT * depositors * operations - AMOUNT * withdrawn;
        if (balance != expected) {
            return "final balance " + balance + ", expected " + expected + " = " + initial + " + "
                    + depositors * operations + "x" + AMOUNT + " - " + withdrawn + "x" + AMOUNT + " (lost update)";
        }
        return null;
    }
}
