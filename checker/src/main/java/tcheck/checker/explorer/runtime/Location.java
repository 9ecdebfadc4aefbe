package tcheck.checker.explorer.runtime;

import java.util.Objects;

/** A memory location: an object (by identity) and a field name or array index. */
final class Location {
    final Object target;
    final Object slot;

    Location(Object target, Object slot) {
        this.target = target;
        this.slot = slot;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Location other)) {
            return false;
        }
        boolean sameTarget = target instanceof String s ? s.equals(other.target) : target == other.target;
        return sameTarget && Objects.equals(slot, other.slot);
    }

    @Override
    public int hashCode() {
        int t = target instanceof String s ? s.hashCode() : System.identityHashCode(target);
        return t * 31 + Objects.hashCode(slot);
    }
}
