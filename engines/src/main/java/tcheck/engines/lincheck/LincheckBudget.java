package tcheck.engines.lincheck;

import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.StressOptions;

/**
 * CI-sized Lincheck budgets, set explicitly: the library defaults took 11 s to fail and 157 s to
 * pass a trivial counter in model checking, and stress defaults did not finish in 900 s. Every
 * number can be raised: {@code --engine-option lincheck.model=50x1000} (and {@code stress},
 * {@code program}), or in tests {@code -Dtcheck.lincheck.model=50x1000 -Dtcheck.lincheck.stress=20x5000
 * -Dtcheck.lincheck.program=2000} ({@code ITERATIONSxINVOCATIONS}, and invocations for whole programs).
 *
 * @param model   model checking: random scenarios x invocations per scenario
 * @param stress  stress: random scenarios x invocations per scenario
 * @param program invocations of {@code Lincheck.runConcurrentTest} for a whole program
 */
record LincheckBudget(int[] model, int[] stress, int program) {
    /**
     * A stress invocation running longer than this is reported as hung (a deadlock). Lincheck waits
     * 10 s by default; much less, and a slow, loaded CI machine could pass for a hang.
     */
    static final long STRESS_HANG_MILLIS = 10_000;

    static LincheckBudget parse(String model, String stress, String program) {
        return new LincheckBudget(pair("lincheck.model", model), pair("lincheck.stress", stress), positive("lincheck.program", program));
    }

    /** Model checking with the random scenarios sized by {@code threads x actors} plus the given extras. */
    ModelCheckingOptions modelOptions(int threads, int actorsPerThread, int actorsBefore, int actorsAfter) {
        return new ModelCheckingOptions()
                .iterations(model[0]).invocationsPerIteration(model[1])
                .threads(threads).actorsPerThread(actorsPerThread)
                .actorsBefore(actorsBefore).actorsAfter(actorsAfter)
                .minimizeFailedScenario(false); // minimizing re-runs the whole budget per candidate: seconds each
    }

    StressOptions stressOptions(int threads, int actorsPerThread, int actorsBefore, int actorsAfter) {
        return new HangAwareStressOptions(STRESS_HANG_MILLIS)
                .iterations(stress[0]).invocationsPerIteration(stress[1])
                .threads(threads).actorsPerThread(actorsPerThread)
                .actorsBefore(actorsBefore).actorsAfter(actorsAfter)
                .minimizeFailedScenario(false);
    }

    String describeModel(String shape) {
        return "model checking " + model[0] + " scenarios x " + model[1] + " invocations, " + shape;
    }

    String describeStress(String shape) {
        return "stress " + stress[0] + " scenarios x " + stress[1] + " invocations, " + shape;
    }

    private static int[] pair(String name, String text) {
        String[] parts = text.split("x");
        if (parts.length != 2) {
            throw new IllegalArgumentException(name + " must be ITERATIONSxINVOCATIONS (e.g. 10x50), got '" + text + "'");
        }
        return new int[]{positive(name, parts[0]), positive(name, parts[1])};
    }

    private static int positive(String name, String text) {
        try {
            int n = Integer.parseInt(text.trim());
            if (n < 1) {
                throw new IllegalArgumentException(name + " values must be >= 1, got '" + text + "'");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got '" + text + "'");
        }
    }

    /** StressOptions' invocation timeout is only settable by a subclass (it is protected). */
    static final class HangAwareStressOptions extends StressOptions {
        HangAwareStressOptions(long timeoutMillis) {
            setTimeoutMs(timeoutMillis);
        }
    }
}
