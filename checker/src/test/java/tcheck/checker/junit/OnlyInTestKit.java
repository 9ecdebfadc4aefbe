package tcheck.checker.junit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps the extension's example tests (some of which must fail) out of every ordinary run: they are
 * enabled only by the configuration parameter that {@link ExploreInterleavingsTest} passes to the
 * Engine Test Kit, whatever surefire's include patterns pick up.
 */
final class OnlyInTestKit implements ExecutionCondition {
    static final String PARAMETER = "tcheck.junit.examples";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return context.getConfigurationParameter(PARAMETER).map(Boolean::parseBoolean).orElse(false)
                ? ConditionEvaluationResult.enabled("run through the Engine Test Kit")
                : ConditionEvaluationResult.disabled("example for ExploreInterleavingsTest; runs only through the Engine Test Kit");
    }
}
