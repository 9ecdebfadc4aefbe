package tcheck.scenarios.lockorder;

import tcheck.scenario.Expected;

/**
 * {@code lock-order/give-up}: the same transfers with a {@link GiveUpTransfer}: try both locks, back off,
 * give up after {@link GiveUpTransfer#ATTEMPTS} attempts and return false (the timed {@code tryLock}
 * idiom; "a timeout for a resource to hold a lock", {@code 003_db7905cd5774b6a8.txt} line 222). Fixed in
 * the sense it claims: every thread finishes and the money adds up in every schedule; a transfer may
 * fail, and says so.
 */
public final class GiveUpScenario extends LockOrderScenario {
    @Override
    public String variant() {
        return "give-up";
    }

    @Override
    public Expected expected() {
        return Expected.FIXED;
    }

    @Override
    public String title() {
        return "tryLock both, back off, give up after 2 attempts";
    }

    @Override
    public String lesson() {
        return "Both locks are only tried and the attempts are bounded, so no thread waits holding a lock (no deadlock) and"
                + " every transfer returns (no livelock). The price is honesty: in lock-step both transfers give"
                + " up and say so (false); no money is lost and every transfer is all or nothing.";
    }

    @Override
    public String expectedKind() {
        return null;
    }

    @Override
    Transfer transfer() {
        return new GiveUpTransfer();
    }
}
