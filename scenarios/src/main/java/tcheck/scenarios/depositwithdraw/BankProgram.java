package tcheck.scenarios.depositwithdraw;

import tcheck.scenario.Program;
import tcheck.scenario.Violation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one or more {@link AccountRun}s one after the other, as the seed's {@code __main__} does:
 * start the depositors (D1, D2, ...) and withdrawers (W1, W2, ...) of an account, join them all,
 * then the next account. Thread numbers continue across accounts so every name is unique.
 */
final class BankProgram implements Program {
    private final List<AccountRun> runs;

    BankProgram(AccountRun... runs) {
        this.runs = List.of(runs);
    }

    @Override
    public void run() {
        int d = 0;
        int w = 0;
        for (AccountRun r : runs) {
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < r.depositors; i++) {
                threads.add(new Thread(r.depositor(), "D" + (++d)));
            }
            for (int i = 0; i < r.withdrawers; i++) {
                threads.add(new Thread(r.withdrawer(i), "W" + (++w)));
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
    }

    @Override
    public void check() {
        for (AccountRun r : runs) {
            String problem = r.violation();
            if (problem != null) {
                throw Violation.invariant(runs.size() > 1 ? r.name + ": " + problem : problem);
            }
        }
    }

    @Override
    public Map<String, Object> sharedState() {
        Map<String, Object> state = new LinkedHashMap<>();
        for (AccountRun r : runs) {
            state.put(r.name, r.balanceField.getAsInt());
        }
        return state;
    }
}
