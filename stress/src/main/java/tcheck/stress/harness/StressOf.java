package tcheck.stress.harness;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the scenario variant a jcstress test exercises, by its catalog id
 * ({@code race-counter/unsynchronized}). The harness files the test's outcome histogram under that
 * id; a variant may have more than one test (one per bug it must not have).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StressOf {
    /** The scenario id, {@code family/variant}. */
    String value();

    /**
     * For a buggy variant with several tests, one lesson each: the results kind of the bug this test
     * shows ("torn-read", "invariant", ...). Empty means the scenario's own {@code expectedKind()}.
     */
    String kind() default "";
}
