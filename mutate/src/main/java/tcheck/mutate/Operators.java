package tcheck.mutate;

import tcheck.mutate.operators.DropLockPair;
import tcheck.mutate.operators.DropSynchronizedBlock;
import tcheck.mutate.operators.DropSynchronizedMethod;
import tcheck.mutate.operators.DropVolatile;
import tcheck.mutate.operators.DropWakeup;
import tcheck.mutate.operators.NotifyAllToNotify;
import tcheck.mutate.operators.SignalAllToSignal;
import tcheck.mutate.operators.SplitAtomicUpdate;
import tcheck.mutate.operators.SwapLockOrder;
import tcheck.mutate.operators.UnlockBeforeWrite;

import java.util.List;

/** Every mutation operator, in the order mutants are numbered and tables list them. */
public final class Operators {
    private static final List<MutationOperator> ALL = List.of(
            new DropSynchronizedMethod(),
            new DropSynchronizedBlock(),
            new DropLockPair(),
            new UnlockBeforeWrite(),
            new NotifyAllToNotify(),
            new SignalAllToSignal(),
            new DropWakeup(),
            new DropVolatile(),
            new SplitAtomicUpdate(),
            new SwapLockOrder());

    private Operators() {
    }

    public static List<MutationOperator> all() {
        return ALL;
    }
}
