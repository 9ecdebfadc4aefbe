package tcheck.conformance;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The verdict a conformance program must get from the explorer, and the budget it gets.
 *
 * <p>Only three kinds of expectation exist. A buggy program expects a {@link Verdict#COUNTEREXAMPLE}
 * of one of the listed {@link #kind() kinds}: a failure the program can have on a real JVM, whose
 * replay shows the same kind. A correct program expects {@link Verdict#VERIFIED} (a complete search
 * that found nothing), or {@link Verdict#VERIFIED_OR_BOUNDED} where the state space is honestly too
 * large for the budget: never a counterexample. A program the explorer cannot control expects an
 * {@link Verdict#ERROR} whose message contains every one of the {@link #message() phrases}; phrases
 * given with a counterexample must be in its message too.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Expect {
    enum Verdict { COUNTEREXAMPLE, VERIFIED, VERIFIED_OR_BOUNDED, ERROR }

    Verdict value();

    /** COUNTEREXAMPLE: the kinds that are right (any one of them). */
    String[] kind() default {};

    /** Phrases the verdict's message must contain, all of them (required for ERROR, optional otherwise). */
    String[] message() default {};

    /** The budget: executions per exploration. */
    int maxExecutions() default 3_000;

    /** The budget: wall time per exploration. */
    long maxMillis() default 8_000;

    /** Steps per execution before it is cut. */
    int maxSteps() default 300;

    /** Explore with spurious wake-ups of wait/await/park, as the JLS and the JDK allow. */
    boolean spuriousWakeups() default false;

    /**
     * Explore in a JVM of its own: for programs that may take the JVM down (System.exit), read the
     * JVM's real standard input, or leave threads spinning forever that would slow down every later
     * program. The child JVM's stdin is a pipe nobody writes to.
     */
    boolean ownJvm() default false;
}
