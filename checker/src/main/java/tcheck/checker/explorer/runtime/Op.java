package tcheck.checker.explorer.runtime;

import tcheck.checker.explorer.instrument.Site;

/**
 * An operation a thread is about to perform: what, on which object (and which field or index),
 * from which source site. Two operations are dependent when they touch the same location and one
 * writes, or synchronize on the same object.
 *
 * @param target  the object acted on (the field's owner, the array, the lock, the thread ...);
 *                for static fields the owner class name
 * @param slot    the field name or array index (Integer) for memory operations, else null
 * @param write   for memory and call operations: whether it modifies the location
 * @param arg     an extra argument (permits, a condition, a timeout flag), or null
 */
public record Op(OpKind kind, Object target, Object slot, boolean write, Site site, Object arg) {

    public static Op of(OpKind kind, Object target, Site site) {
        return new Op(kind, target, null, true, site, null);
    }

    /** Dependence for partial-order reduction: these two cannot be swapped without changing the outcome. */
    public boolean dependsOn(Op other) {
        if (kind == OpKind.YIELD || other.kind == OpKind.YIELD || kind == OpKind.START || other.kind == OpKind.START
                || kind == OpKind.JOIN || other.kind == OpKind.JOIN) {
            return false; // ordered by happens-before edges, not by conflicts
        }
        if (syncKey() != other.syncKey()) {
            return false;
        }
        if (kind.isSync() || other.kind.isSync()) {
            return true;
        }
        return java.util.Objects.equals(slot, other.slot) && (write || other.write);
    }

    /** The object whose identity decides dependence (a condition's lock, a field's owner ...). */
    Object syncKey() {
        return (kind == OpKind.AWAIT || kind == OpKind.AWAKE || kind == OpKind.SIGNAL || kind == OpKind.SIGNAL_ALL) && arg != null
                ? arg : target;
    }
}
