package tcheck.engines;

import tcheck.results.Result;
import tcheck.results.Verdict;
import tcheck.scenario.Scenario;

/** How a result's {@link Verdict} compares with what a variant is expected to be. */
public final class Verdicts {
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
        Verdict v = r.verdict();
        if (v == Verdict.NOT_AVAILABLE) {
            return Agreement.NOT_RUN;
        }
        if (v == Verdict.ERROR) {
            return Agreement.WRONG;
        }
        boolean caught = v == Verdict.COUNTEREXAMPLE;
        return switch (s.expected()) {
            case BUGGY -> caught ? Agreement.AS_EXPECTED
                    : v == Verdict.VERIFIED && !Boolean.FALSE.equals(r.complete()) ? Agreement.WRONG : Agreement.MISSED;
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
            case BUGGY -> r.verdict() == Verdict.COUNTEREXAMPLE;
            case FIXED -> r.verdict() == Verdict.VERIFIED;
        };
        return asLabelled ? Agreement.AS_EXPECTED : Agreement.WRONG;
    }

    /** A result saying the engine could not run here, and why. */
    public static Result notAvailable(Scenario s, String engine, String why) {
        return Result.builder(s.family(), s.variant(), s.expected().json(), engine)
                .verdict(Verdict.NOT_AVAILABLE).complete(false).message("not available: " + why)
                .title(s.title()).lesson(s.lesson()).build();
    }

    /** A copy of a result under another engine name (the linearizability check is the explorer's run). */
    public static Result renamed(Result r, String engine) {
        return new Result(r.schema(), r.scenario(), r.variant(), r.expected(), engine, r.verdict(), r.kind(), r.complete(),
                r.executions(), r.millis(), r.schedule(), r.preemptions(), r.trace(), r.message(), r.title(), r.lesson(),
                r.bound(), r.strategy(), r.replay(), r.failingStep(), r.histogram(), r.details(), r.engineOutput(), r.jdk());
    }
}
