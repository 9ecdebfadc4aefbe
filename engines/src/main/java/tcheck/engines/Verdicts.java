package tcheck.engines;

import tcheck.results.Result;
import tcheck.scenario.Scenario;

/** The verdict words of the results contract, and how one compares with what a variant is expected to be. */
public final class Verdicts {
    public static final String COUNTEREXAMPLE = "counterexample";
    public static final String VERIFIED = "verified";
    public static final String PASSED = "passed";
    public static final String BOUNDED = "bounded";
    public static final String NOT_OBSERVED = "not-observed";
    public static final String ERROR = "error";
    /** The engine cannot run on this machine; the message says why. Neither a pass nor a failure. */
    public static final String NOT_AVAILABLE = "not-available";

    /** How a result compares with the variant's label. */
    public enum Agreement {
        /** Buggy and caught, or fixed and clean. */
        AS_EXPECTED,
        /** A buggy variant a non-exhaustive or bounded run did not catch: honest, not a failure of the tool. */
        MISSED,
        /** Nothing to compare: the engine could not run here. */
        NOT_RUN,
        /** A fixed variant caught, a buggy one claimed verified by a complete search, or an error. */
        WRONG
    }

    private Verdicts() {
    }

    public static Agreement agreement(Scenario s, Result r) {
        String v = r.verdict();
        if (NOT_AVAILABLE.equals(v)) {
            return Agreement.NOT_RUN;
        }
        if (ERROR.equals(v)) {
            return Agreement.WRONG;
        }
        boolean caught = COUNTEREXAMPLE.equals(v);
        return switch (s.expected()) {
            case BUGGY -> caught ? Agreement.AS_EXPECTED
                    : VERIFIED.equals(v) && !Boolean.FALSE.equals(r.complete()) ? Agreement.WRONG : Agreement.MISSED;
            case FIXED -> caught ? Agreement.WRONG : Agreement.AS_EXPECTED;
        };
    }

    /** As {@link #agreement}, for an engine held to the label ({@link Engine#strict()}): anything short of it is wrong. */
    public static Agreement agreement(Engine engine, Scenario s, Result r) {
        Agreement a = agreement(s, r);
        if (!engine.strict() || a == Agreement.NOT_RUN) {
            return a;
        }
        boolean asLabelled = switch (s.expected()) {
            case BUGGY -> COUNTEREXAMPLE.equals(r.verdict());
            case FIXED -> VERIFIED.equals(r.verdict());
        };
        return asLabelled ? Agreement.AS_EXPECTED : Agreement.WRONG;
    }

    /** A result saying the engine could not run here, and why. */
    public static Result notAvailable(Scenario s, String engine, String why) {
        return Result.builder(s.family(), s.variant(), s.expected().json(), engine)
                .verdict(NOT_AVAILABLE).complete(false).message("not available: " + why)
                .title(s.title()).lesson(s.lesson()).build();
    }

    /** A copy of a result under another engine name (the linearizability check is the explorer's run). */
    public static Result renamed(Result r, String engine) {
        return new Result(r.schema(), r.scenario(), r.variant(), r.expected(), engine, r.verdict(), r.kind(), r.complete(),
                r.executions(), r.millis(), r.schedule(), r.preemptions(), r.trace(), r.message(), r.title(), r.lesson(),
                r.bound(), r.strategy(), r.replay(), r.failingStep(), r.histogram(), r.details(), r.engineOutput(), r.jdk());
    }
}
