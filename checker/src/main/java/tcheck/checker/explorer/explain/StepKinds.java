package tcheck.checker.explorer.explain;

import tcheck.checker.explorer.runtime.CollectionCalls;
import tcheck.checker.explorer.runtime.Op;
import tcheck.checker.explorer.runtime.OpKind;
import tcheck.results.StepKind;

/** The coarse kind of a step and the location it touches, as traces show them. */
public final class StepKinds {
    private StepKinds() {
    }

    public static StepKind of(Op op) {
        return switch (op.kind()) {
            case READ -> StepKind.READ;
            case WRITE -> StepKind.WRITE;
            case CALL, LOCKED_CALL -> op.write() ? StepKind.WRITE : StepKind.READ; // a modelled call reads or writes its whole object
            case MONITOR_ENTER, LOCK, TRY_LOCK, ACQUIRE, TRY_ACQUIRE -> StepKind.ACQUIRE;
            case MONITOR_EXIT, UNLOCK, RELEASE -> StepKind.RELEASE;
            case WAIT, AWAIT, LATCH_AWAIT, BARRIER_AWAIT, PARK -> StepKind.WAIT;
            case WAKE, AWAKE, BARRIER_RESUME -> StepKind.WAKE;
            case NOTIFY, NOTIFY_ALL, SIGNAL, SIGNAL_ALL, COUNT_DOWN, BARRIER_ACTION_DONE, BARRIER_RESET, UNPARK -> StepKind.NOTIFY;
            case START -> StepKind.START;
            case JOIN -> StepKind.JOIN;
            default -> StepKind.OTHER;
        };
    }

    /** "account.balance", "granted[1]", or the object itself for a call (it reads or writes the whole object). */
    public static String location(Op op) {
        boolean call = op.kind() == OpKind.CALL || op.kind() == OpKind.LOCKED_CALL || op.kind() == OpKind.JDK_CALL;
        if (op.key() == null || !(op.kind() == OpKind.READ || op.kind() == OpKind.WRITE || call)) {
            return null;
        }
        if (call || op.slot() == null) {
            return op.key();
        }
        return op.slot() instanceof Integer i ? op.key() + "[" + i + "]" : op.key() + "." + op.slot();
    }

    /**
     * Whether the step changes its location: a write, or a call that modifies the object (a call on a concurrent
     * collection by its name, as on any collection: its operation says write for every call, for the search).
     */
    public static boolean writes(Op op) {
        return op.kind() == OpKind.WRITE || (op.kind() == OpKind.CALL || op.kind() == OpKind.LOCKED_CALL) && op.write()
                || op.kind() == OpKind.JDK_CALL && CollectionCalls.isWrite(String.valueOf(op.slot()));
    }
}
