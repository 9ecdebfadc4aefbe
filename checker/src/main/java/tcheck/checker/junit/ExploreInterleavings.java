package tcheck.checker.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test under the interleaving explorer instead of once: the test body (which starts threads,
 * joins them and asserts) is executed again and again, each time under a different thread schedule,
 * until a schedule breaks it, every schedule of the bound has been tried, or the budget runs out.
 * <pre>
 * &#64;Test
 * &#64;ExploreInterleavings
 * void incrementsAreNotLost() throws InterruptedException {
 *     Thread a = new Thread(counter::increment), b = new Thread(counter::increment);
 *     a.start(); b.start(); a.join(); b.join();
 *     assertEquals(2, counter.get());
 * }
 * </pre>
 * A failed assertion, an uncaught exception in any thread, a deadlock, a livelock or a data race fails
 * the test with the trace of the schedule that shows it and a {@code replay} string that reruns exactly
 * that schedule. Every execution runs on a fresh instance of the test class (its constructor and
 * {@code @BeforeEach} methods run again); the classes of the test's package, or of the packages named in
 * {@link #instrument()}, are loaded instrumented so the explorer sees their field accesses and locks.
 * Static state starts afresh in every execution: a class with statics that are not constants is defined anew
 * for each one (see the README); {@link #freshClasses()} defines every class anew, constants too.
 * <p>
 * The configuration parameter (or system property) {@value InterleavingsExtension#REPLAY_PARAMETER}
 * overrides {@link #replay()} for every annotated test of a run: rerun a failure without editing the source.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ExtendWith(InterleavingsExtension.class)
public @interface ExploreInterleavings {
    /** auto (DPOR, then the fewest preemptions), dpor, dfs, pb, random or pct. */
    String strategy() default "auto";

    /** Executions before the search stops as bounded; 0: the explorer's default. */
    int maxExecutions() default 0;

    /** Wall time before the search stops as bounded; 0: the explorer's default. */
    long maxSeconds() default 0;

    /** Steps per execution before it is cut; 0: the explorer's default. */
    int maxSteps() default 0;

    /** Seed of the random and pct strategies. */
    long seed() default 1;

    /** How long a thread may run where the explorer has no control (a JDK call it does not model, a loop
     * without shared accesses) before the test errors out; 0: the explorer's default. */
    long stuckTimeoutMillis() default 0;

    /** Let wait()/await() return without a notify, as the JLS allows. */
    boolean spuriousWakeups() default false;

    /**
     * Load all the code under test anew for each execution, not only the classes with static state (which are
     * anyway): slower, for a static written where the explorer does not see it (through reflection).
     */
    boolean freshClasses() default false;

    /** A schedule from a failure message: run just that schedule, once. */
    String replay() default "";

    /** Packages whose classes are instrumented (e.g. {@code "com.example.cache"}); default: the test class's package. */
    String[] instrument() default {};

    /** Pass when the budget ran out before the search was complete (nothing found, nothing proven); default: fail. */
    boolean allowBounded() default false;
}
