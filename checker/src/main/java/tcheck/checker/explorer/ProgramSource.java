package tcheck.checker.explorer;

import tcheck.checker.explorer.instrument.Instrumenter;
import tcheck.results.FailureKind;
import tcheck.scenario.Program;

/** Where the programs to explore come from: which classes to instrument and how to make a fresh program. */
public interface ProgramSource {
    Instrumenter instrumenter();

    /** A fresh program whose classes come from {@code loader} (instrumented). */
    Program newProgram(ClassLoader loader);

    /**
     * The counterexample kind to look for first (torn-read for a scenario that teaches torn
     * reads), or null for any. Violations of other kinds met on the way are kept as a fallback.
     */
    default FailureKind preferredKind() {
        return null;
    }

    /** The object under test whose operations are recorded, as the loader's classes see it; null for none. */
    default tcheck.scenario.ObjectUnderTest objectUnderTest(ClassLoader loader) {
        return null;
    }

    /** For messages: what is being explored. */
    String describe();
}
