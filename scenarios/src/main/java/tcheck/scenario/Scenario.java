package tcheck.scenario;

import java.util.Set;

/**
 * One variant of a textbook scenario (e.g. {@code race-counter/unsynchronized}). It describes the
 * program and makes fresh instances of it; the concurrent code itself lives in ordinary classes
 * beside it. Implementations need a public no-argument constructor: engines load them by name,
 * some through an instrumenting class loader.
 */
public interface Scenario {
    /** The family id, e.g. {@code race-counter}. */
    String family();

    /** The variant id within the family, e.g. {@code unsynchronized}. */
    String variant();

    /** The stable id {@code family/variant} used by tools, tests and the command line. */
    default String id() {
        return family() + "/" + variant();
    }

    Expected expected();

    /** One line: what this variant is, e.g. "count++ without synchronization". */
    String title();

    /**
     * A short textbook paragraph: for a buggy variant what goes wrong and why; for a fixed one
     * why the fix works. Shown next to traces in reports.
     */
    String lesson();

    /**
     * The kind of counterexample a buggy variant must yield, in the words of the results contract
     * ("invariant", "exception", "deadlock", "livelock", "torn-read", ...); {@code null} for fixed.
     */
    String expectedKind();

    /** Where in the seed material this comes from: file and Python lines. */
    String seed();

    Set<Property> properties();

    Bound defaultBound();

    /** How the bound scales, in words, e.g. "threads x increments per thread". */
    String boundMeaning();

    /** A fresh program of this size; each call gives new, unshared objects. */
    Program newProgram(Bound bound);

    /** The concurrent object whose operations are checked for linearizability, or null (whole programs). */
    default ObjectUnderTest objectUnderTest(Bound bound) {
        return null;
    }
}
