package tcheck.checker.lincheck;

import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.StressOptions;

/**
 * CI-sized Lincheck budgets, set explicitly: the library defaults took 11 s to fail and 157 s to
 * pass a trivial counter in model checking, and stress defaults did not finish in 900 s. Every
 * number can be raised from the command line for a deeper run, e.g.
 * {@code -Dtcheck.lincheck.model=50x1000 -Dtcheck.lincheck.stress=20x5000 -Dtcheck.lincheck.program=2000}
 * ({@code ITERATIONSxINVOCATIONS}, and invocations for whole programs).
 */
final class LincheckBudget {
    static final int[] MODEL = parse("tcheck.lincheck.model", "10x50");
    static final int[] STRESS = parse("tcheck.lincheck.stress", "4x100");
    /** Invocations of {@code Lincheck.runConcurrentTest} for a whole program. */
    static final int PROGRAM = Integer.getInteger("tcheck.lincheck.program", 100);
    /**
     * A stress invocation running longer than this is reported as hung (a deadlock). Lincheck waits
     * 10 s by default; much less, and a slow, loaded CI machine could pass for a hang.
     */
    static final long STRESS_HANG_MILLIS = 10_000;

    private LincheckBudget() {
    }

    /** Model checking with the random scenarios sized by {@code threads x actors} plus the given extras. */
    static ModelCheckingOptions model(int threads, int actorsPerThread, int actorsBefore, int actorsAfter) {
        return new ModelCheckingOptions()
                .iterations(MODEL[0]).invocationsPerIteration(MODEL[1])
                .threads(threads).actorsPerThread(actorsPerThread)
                .actorsBefore(actorsBefore).actorsAfter(actorsAfter)
                .minimizeFailedScenario(false); // minimizing re-runs the whole budget per candidate: seconds each
    }

    static StressOptions stress(int threads, int actorsPerThread, int actorsBefore, int actorsAfter) {
        return new HangAwareStressOptions(STRESS_HANG_MILLIS)
                .iterations(STRESS[0]).invocationsPerIteration(STRESS[1])
                .threads(threads).actorsPerThread(actorsPerThread)
                .actorsBefore(actorsBefore).actorsAfter(actorsAfter)
                .minimizeFailedScenario(false);
    }

    static String describeModel(String shape) {
        return "model checking " + MODEL[0] + " scenarios x " + MODEL[1] + " invocations, " + shape;
    }

    static String describeStress(String shape) {
        return "stress " + STRESS[0] + " scenarios x " + STRESS[1] + " invocations, " + shape;
    }

    private static int[] parse(String property, String fallback) {
        String text = System.getProperty(property, fallback);
        String[] parts = text.split("x");
        if (parts.length != 2) {
            throw new IllegalArgumentException(property + " must be ITERATIONSxINVOCATIONS, got " + text);
        }
        return new int[]{Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
    }

    /** StressOptions' invocation timeout is only settable by a subclass (it is protected). */
    static final class HangAwareStressOptions extends StressOptions {
        HangAwareStressOptions(long timeoutMillis) {
            setTimeoutMs(timeoutMillis);
        }
    }
}
