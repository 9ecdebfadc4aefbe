package tcheck.scenarios.depositwithdraw;

import tcheck.specs.AccountSpec;
import tcheck.scenario.ObjectUnderTest;
import tcheck.scenario.Bound;
import tcheck.scenario.Property;
import tcheck.scenario.Scenario;

import java.util.EnumSet;
import java.util.Set;

/**
 * What every deposit-withdraw variant shares: threads depositing and withdrawing 5 on a shared
 * account, which afterwards must balance (no lost update) and never be negative (no overdraft).
 */
abstract class DepositWithdrawScenario implements Scenario {
    static final String FAMILY = "deposit-withdraw";

    /** The seed's starting balance: {@code Value('i', 500)}. */
    static final int SEED_BALANCE = 500;

    @Override
    public String family() {
        return FAMILY;
    }

    /** Two threads, one operation each: enough for both the lost update and the overdraft. */
    @Override
    public Bound defaultBound() {
        return Bound.of(2, 1);
    }

    /**
     * The invariant, no exception, no deadlock and termination always; no data race where the
     * variant's accesses all hold a lock (the check-then-withdraw bug is race-free on purpose);
     * linearizability for the variants that claim to be correct.
     */
    @Override
    public Set<Property> properties() {
        Set<Property> p = EnumSet.of(Property.INVARIANT, Property.NO_EXCEPTION, Property.NO_DEADLOCK,
                Property.TERMINATION);
        if (raceFree()) {
            p.add(Property.NO_DATA_RACE);
        }
        if (expectedKind() == null) {
            p.add(Property.LINEARIZABLE);
        }
        return p;
    }

    /** Whether every access to the balance holds a lock. */
    abstract boolean raceFree();

    /** A fresh account of this variant's class holding {@code initial}, with its threads. */
    abstract AccountRun open(String name, int initial, int depositors, int withdrawers, int operations);

    /**
     * The depositor/withdrawer mix (seed 000 lines 465-498): ceil(n/2) depositors and floor(n/2)
     * withdrawers, from a balance large enough (the seed's 500, or more) that every withdraw's check
     * passes, so any difference from the expected balance is a lost update.
     */
    AccountRun mix(String name, Bound bound) {
        int withdrawers = bound.threads() / 2;
        int initial = Math.max(SEED_BALANCE, AccountRun.AMOUNT * bound.operations() * withdrawers);
        return open(name, initial, bound.threads() - withdrawers, withdrawers, bound.operations());
    }

    /**
     * Withdrawers racing for the last money: n withdrawers each try {@code operations} withdrawals of
     * 5 from a balance that covers only one withdrawer's share (5 x operations); no deposits. In
     * every sequential order exactly {@code operations} withdrawals succeed and the balance ends at 0.
     */
    AccountRun lastFive(String name, Bound bound) {
        return open(name, AccountRun.AMOUNT * bound.operations(), 0, bound.threads(), bound.operations());
    }

    /** Each account against {@link AccountSpec} from its opening balance, read with {@code balance()} at the end. */
    @Override
    public ObjectUnderTest objectUnderTest(Bound bound) {
        return new ObjectUnderTest(Account.class, account -> new AccountSpec(((Account) account).balance()), "balance");
    }
}
