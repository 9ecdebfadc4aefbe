package tcheck.mutate;

import tcheck.engines.Engine;

/** How a mutant is given to an engine, or that it cannot be. */
enum MutantFeed {
    /** The explorer reads the mutated class file through its instrumenter ({@link MutantSource}). */
    EXPLORER,
    /** The same, checking each execution's operation history for linearizability. */
    LINEARIZABILITY,
    /**
     * The engine is handed the scenario as an object whose classes are the mutant's ({@link MutantClasses}):
     * real threads run its programs; JPF, Fray and jcstress put its classes' location first on their JVM's class path.
     */
    SCENARIO_OBJECT,
    /** The engine cannot be given the mutant as it checks the original; {@link #whyNot} says why. */
    NONE;

    static MutantFeed of(Engine e) {
        return switch (e.name()) {
            case "explorer" -> EXPLORER;
            case "linearizability" -> LINEARIZABILITY;
            case "real-threads", "jpf", "fray", "jcstress" -> SCENARIO_OBJECT;
            default -> NONE;
        };
    }

    /** For {@link #NONE}: why the engine cannot be given a mutant. */
    static String whyNot(Engine e) {
        return switch (e.name()) {
            case "lincheck" -> "Lincheck picks its checks by the scenario's interfaces as the engine itself loaded them; a"
                    + " mutant's classes are loaded anew, so it would check the mutant otherwise than the original (whole"
                    + " program only): not run rather than compared unevenly";
            default -> e.name() + " cannot be given a mutated class";
        };
    }
}
