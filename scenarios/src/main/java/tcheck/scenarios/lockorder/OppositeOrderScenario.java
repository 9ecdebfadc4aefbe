package tcheck.scenarios.lockorder;

import tcheck.scenario.Expected;

/**
 * {@code lock-order/opposite-order}: T1 pays A to B, T2 pays B to A, each with an
 * {@link OppositeOrderTransfer} (lock the payer, then the payee). T1 holds A and waits for B, T2 holds B
 * and waits for A: the two-lock deadlock of {@code 003_db7905cd5774b6a8.txt} line 222, reported with
 * the cycle of who holds which lock and waits for which.
 */
public final class OppositeOrderScenario extends LockOrderScenario {
    @Override
    public String variant() {
        return "opposite-order";
    }

    @Override
    public Expected expected() {
        return Expected.BUGGY;
    }

    @Override
    public String title() {
        return "each transfer locks the payer, then the payee: opposite orders";
    }

    @Override
    public String lesson() {
        return "T1 pays A to B and locks A then B; T2 pays B to A and locks B then A. If each takes its first lock before"
                + " the other takes its second, each waits for the lock the other holds, for ever: a deadlock. The"
                + " order depends on the arguments, so there is no one order over the locks.";
    }

    @Override
    public String expectedKind() {
        return "deadlock";
    }

    @Override
    Transfer transfer() {
        return new OppositeOrderTransfer();
    }
}
