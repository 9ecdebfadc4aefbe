package tcheck.scenarios.lockorder;

import tcheck.scenario.Expected;

/**
 * {@code lock-order/global-order}: the same transfers with a {@link GlobalOrderTransfer} (lower-numbered
 * account first): the fix for the deadlock of {@code 003_db7905cd5774b6a8.txt} line 222. Verified by a
 * complete search: no deadlock, every transfer happens, the money adds up.
 */
public final class GlobalOrderScenario extends LockOrderScenario {
    @Override
    public String variant() {
        return "global-order";
    }

    @Override
    public Expected expected() {
        return Expected.FIXED;
    }

    @Override
    public String title() {
        return "both locks in one global order (lower account first)";
    }

    @Override
    public String lesson() {
        return "Every transfer locks the lower-numbered account first, whichever way the money goes. A thread then only"
                + " waits for a lock higher than all it holds, so waits cannot form a cycle: T1 and T2 both reach"
                + " for A first, and whoever gets it finishes. No deadlock, and every transfer happens.";
    }

    @Override
    public String expectedKind() {
        return null;
    }

    @Override
    Transfer transfer() {
        return new GlobalOrderTransfer();
    }
}
