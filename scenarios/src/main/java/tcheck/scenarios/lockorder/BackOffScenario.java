package tcheck.scenarios.lockorder;

import tcheck.scenario.Expected;

/**
 * {@code lock-order/back-off}: each transfer takes its first lock, only tries the second, and on failure
 * lets go and retries without bound ({@link BackOffTransfer}). No deadlock, but in lock-step T1 and T2
 * fail, let go and retry for ever: the explorer reports the cycle as a livelock. It is the
 * "timeout for a resource to hold a lock" of {@code 003_db7905cd5774b6a8.txt} line 222 without a bound on
 * the retries.
 */
public final class BackOffScenario extends LockOrderScenario {
    @Override
    public String variant() {
        return "back-off";
    }

    @Override
    public Expected expected() {
        return Expected.BUGGY;
    }

    @Override
    public String title() {
        return "take one lock, try the other, else release and retry: livelock-prone";
    }

    @Override
    public String lesson() {
        return "Nobody waits for a lock while holding one, so there is no deadlock. But if T1 and T2 move in step, each takes"
                + " its first lock, fails to get the second, lets go and tries again, for ever: a livelock. Real"
                + " schedulers seldom keep threads in step; the code itself guarantees no progress.";
    }

    @Override
    public String expectedKind() {
        return "livelock";
    }

    @Override
    Transfer transfer() {
        return new BackOffTransfer();
    }
}
