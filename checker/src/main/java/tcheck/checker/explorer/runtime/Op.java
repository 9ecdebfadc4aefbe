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
public record Op(OpKind kind, Object target, Object slot, boolean write, Site site, Object arg, String key) {

    public Op(OpKind kind, Object target, Object slot, boolean write, Site site, Object arg) {
        this(kind, target, slot, write, site, arg, null);
    }

    /**
     * The same operation with its object named as the execution names it ("Fork#2"). Dependence is
     * decided on names, not identities, because the search compares operations recorded in earlier
     * executions (which had their own objects) with operations of the current one; names are
     * assigned in the order objects are first met, so a shared prefix gives them the same names.
     */
    Op named(String name) {
        return new Op(kind, target, slot, write, site, arg, name);
    }

    /** The object whose identity decides dependence (a condition's lock, a field's owner ...). */
    Object syncObject() {
        if ((kind == OpKind.JDK_LOCK_CALL || kind == OpKind.LOCK_PARK) && arg != null) {
            return arg; // the lock's shared state: its views and conditions are the same lock
        }
        if (kind == OpKind.CALL && arg != null && !(arg instanceof Boolean)) {
            return arg; // a call through a view or an iterator: the collection behind it (CollectionViews)
        }
        return (kind == OpKind.AWAIT || kind == OpKind.AWAKE || kind == OpKind.SIGNAL || kind == OpKind.SIGNAL_ALL
                || kind == OpKind.CONDITION_QUERY) && arg != null
                ? arg : target;
    }

    /** One of the two starts the thread the other joins (the keys, the threads' names, tell whether it is the same). */
    private boolean startAndJoin(Op other) {
        return kind == OpKind.START && other.kind == OpKind.JOIN || kind == OpKind.JOIN && other.kind == OpKind.START;
    }

    /** Dependence for partial-order reduction: these two cannot be swapped without changing the outcome. */
    public boolean dependsOn(Op other) {
        OpKind.Dependence a = kind.dependence();
        OpKind.Dependence b = other.kind.dependence();
        if (a == OpKind.Dependence.ORDERED || b == OpKind.Dependence.ORDERED) {
            // ordered by happens-before edges, not by conflicts; but a thread's start changes what an unpark, an
            // interrupt or a look at that thread does (an unpark before the start is lost): a start depends on every
            // global step, as every other step does; and a join of a thread not started yet returns at once
            return kind == OpKind.START && b == OpKind.Dependence.GLOBAL || other.kind == OpKind.START && a == OpKind.Dependence.GLOBAL
                    || startAndJoin(other) && java.util.Objects.equals(key, other.key);
        }
        if (a == OpKind.Dependence.GLOBAL || b == OpKind.Dependence.GLOBAL) {
            return true;
        }
        if (!java.util.Objects.equals(key, other.key)) {
            return false;
        }
        if (a == OpKind.Dependence.SYNC || b == OpKind.Dependence.SYNC) {
            return !BarrierModel.commute(this, other); // but a released barrier party and later rounds
        }
        if (kind.wholeObject() || other.kind.wholeObject()) {
            return write || other.write; // a call reads or writes the whole object (slot is the method name)
        }
        return java.util.Objects.equals(slot, other.slot) && (write || other.write);
    }

}
