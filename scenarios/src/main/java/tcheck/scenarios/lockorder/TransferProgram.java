package tcheck.scenarios.lockorder;

import tcheck.scenario.Bound;
import tcheck.scenario.Program;
import tcheck.scenario.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accounts A, B, ... round a ring, each opened with {@link #OPENING}; thread Ti pays 1 from the i-th
 * account into the next one, m times. With two threads that is the seed's picture
 * ({@code 003_db7905cd5774b6a8.txt} line 222): T1 pays A to B while T2 pays B to A, each needing both
 * locks. Afterwards no money may have been created or lost, and each account must hold exactly what
 * the transfers that succeeded say (a transfer happened completely or not at all).
 */
final class TransferProgram implements Program {
    static final int OPENING = 10;

    private final Transfer transfer;
    private final BankAccount[] accounts;
    private final int operations;
    /** Ti's successful transfers, in slot i (each thread writes only its own slot). */
    private final int[] succeeded;

    TransferProgram(Bound bound, Transfer transfer) {
        if (bound.threads() < 2) {
            throw new IllegalArgumentException("transfers between accounts need at least 2 threads, got bound " + bound);
        }
        this.transfer = transfer;
        this.operations = bound.operations();
        this.accounts = new BankAccount[bound.threads()];
        for (int i = 0; i < accounts.length; i++) {
            accounts[i] = new BankAccount(String.valueOf((char) ('A' + i)), i, OPENING);
        }
        this.succeeded = new int[accounts.length];
    }

    @Override
    public void run() {
        Transfer bank = transfer;
        int m = operations;
        int[] done = succeeded;
        Thread[] threads = new Thread[accounts.length];
        for (int i = 0; i < threads.length; i++) {
            int me = i;
            BankAccount from = accounts[i];
            BankAccount to = accounts[(i + 1) % accounts.length];
            threads[i] = new Thread(() -> {
                for (int k = 0; k < m; k++) {
                    try {
                        if (bank.transfer(from, to, 1)) {
                            done[me]++;
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "T" + (i + 1));
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while joining " + t.getName(), e);
            }
        }
    }

    @Override
    public void check() {
        int n = accounts.length;
        int total = 0;
        for (BankAccount a : accounts) {
            total += a.balance;
        }
        if (total != n * OPENING) {
            throw Violation.invariant("the accounts hold " + total + " in all, expected " + n * OPENING
                    + (total < n * OPENING ? " (money lost)" : " (money created)"));
        }
        for (int i = 0; i < n; i++) {
            int expected = OPENING - succeeded[i] + succeeded[(i + n - 1) % n];
            if (accounts[i].balance != expected) {
                throw Violation.invariant("account " + accounts[i].name + " holds " + accounts[i].balance
                        + ", expected " + expected + " from the transfers that succeeded");
            }
        }
    }

    @Override
    public Map<String, Object> sharedState() {
        Map<String, Object> state = new LinkedHashMap<>();
        List<Integer> balances = new ArrayList<>();
        for (BankAccount a : accounts) {
            balances.add(a.balance);
        }
        state.put("balances", balances);
        return state;
    }
}
