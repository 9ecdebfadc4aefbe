package tcheck.checker.junit;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;
import tcheck.checker.explorer.Exploration;
import tcheck.checker.explorer.Explorer;
import tcheck.checker.explorer.ExplorerOptions;
import tcheck.checker.explorer.search.Replay;

import java.lang.reflect.Method;

/**
 * The extension behind {@link ExploreInterleavings}: instead of invoking the test method once, it hands
 * the method to the explorer and turns the verdict into the test's outcome.
 */
public final class InterleavingsExtension implements InvocationInterceptor {
    /** Configuration parameter (or system property) that overrides every annotated test's replay attribute. */
    public static final String REPLAY_PARAMETER = "tcheck.replay";

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                    ExtensionContext context) {
        explore(invocation, call, context);
    }

    /** {@code @ParameterizedTest} and {@code @RepeatedTest}: each invocation is explored with its own arguments. */
    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                            ExtensionContext context) {
        explore(invocation, call, context);
    }

    private void explore(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call, ExtensionContext context) {
        Method method = call.getExecutable();
        ExploreInterleavings config = AnnotationSupport.findAnnotation(method, ExploreInterleavings.class)
                .or(() -> AnnotationSupport.findAnnotation(context.getRequiredTestClass(), ExploreInterleavings.class))
                .orElseThrow(() -> new ExtensionConfigurationException("no @ExploreInterleavings on " + method));
        invocation.skip(); // the explorer runs the body, many times, on instances of its own
        Class<?> testClass = context.getRequiredTestClass();
        String replay = context.getConfigurationParameter(REPLAY_PARAMETER).orElse(config.replay()).strip();
        ExplorerOptions options = options(config, replay);
        TestMethodSource source = new TestMethodSource(testClass, method, call.getArguments(),
                InstrumentedPackages.of(testClass, config.instrument()));
        Exploration e = new Explorer(source, options, null).run();
        context.publishReportEntry("tcheck", e.verdict() + (e.kind() == null ? "" : " (" + e.kind() + ")") + ", "
                + e.executions() + " executions, " + e.millis() + " ms, strategy " + e.strategy() + ": " + e.message());
        String test = testClass.getSimpleName() + "." + method.getName() + "()";
        switch (e.verdict()) {
            case VERIFIED, PASSED -> {
                if (!replay.isEmpty() && Replay.ignoredChoices(replay, e.schedule())) { // a replay left from another version of the test
                    throw new AssertionError(test + ": the replay " + replay + " does not fit this test, which passed on it: "
                            + Replay.lengthNote(replay, e.schedule()) + ". Remove the replay to explore the test again.");
                }
            }
            case COUNTEREXAMPLE -> throw new AssertionError(FailureMessage.of(test, e));
            case BOUNDED -> {
                if (!config.allowBounded()) {
                    throw new AssertionError(test + ": inconclusive: " + e.message() + " (" + e.executions()
                            + " executions). Raise maxExecutions/maxSeconds, or accept it with allowBounded = true.");
                }
            }
            default -> throw new IllegalStateException(test + ": the explorer could not run the test: " + e.message());
        }
    }

    private static ExplorerOptions options(ExploreInterleavings c, String replay) {
        ExplorerOptions d = ExplorerOptions.defaults();
        try {
            ExplorerOptions o = d.withStrategy(c.strategy())
                    .withBudget(c.maxExecutions() > 0 ? c.maxExecutions() : d.maxExecutions(),
                            c.maxSeconds() > 0 ? c.maxSeconds() * 1000 : d.maxMillis())
                    .withMaxSteps(c.maxSteps() > 0 ? c.maxSteps() : d.maxSteps())
                    .withSeed(c.seed())
                    .withStuckTimeout(c.stuckTimeoutMillis() > 0 ? c.stuckTimeoutMillis() : d.stuckTimeoutMillis())
                    .withSpuriousWakeups(c.spuriousWakeups())
                    .withFreshClasses(c.freshClasses());
            if (!replay.isEmpty()) {
                Replay.parse(replay);
                o = o.withSchedule(replay);
            }
            return o;
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@ExploreInterleavings: " + e.getMessage(), e);
        }
    }
}
