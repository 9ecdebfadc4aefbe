package tcheck.engines;

import tcheck.results.Result;
import tcheck.scenario.Scenario;

import java.util.List;
import java.util.Map;

/**
 * One way of checking a scenario variant, by name ({@code ./tcheck check ID --engine NAME}). An engine
 * runs one variant and returns what it found in the results contract, one {@link Result} per
 * column it fills (Lincheck fills three: model checking, stress, whole program). Engines live one
 * per package under {@code tcheck.engines} and are registered by one line in {@link Engines}.
 */
public interface Engine {
    /** The name used on the command line and, unless the engine fills several columns, in results. */
    String name();

    /** One line: what it does. */
    String description();

    /**
     * The options this engine takes ({@code --engine-option NAME.KEY=VALUE}) and their defaults, with
     * a word on what each means, e.g. {@code max-seconds -> "60: wall time before the search stops"}.
     */
    default Map<String, String> options() {
        return Map.of();
    }

    /** Null when this machine can run the engine, else one line saying why not (no JDK 25, no JPF ...). */
    default String unavailable() {
        return null;
    }

    /**
     * Whether this engine has anything to check in the variant (the linearizability check needs a
     * concurrent object); null when it has, else one line saying why not.
     */
    default String notApplicable(Scenario s) {
        return null;
    }

    /**
     * Whether this engine's verdicts are held to the variant's label: a buggy variant must be caught
     * and a fixed one verified by a complete search (the explorer). Otherwise only a fixed variant
     * caught, or an error, is wrong; a miss is reported as one.
     */
    default boolean strict() {
        return false;
    }

    /** Runs one variant; never throws for what the code under test does (that is a verdict). */
    List<Result> run(Scenario s, EngineRun run);
}
