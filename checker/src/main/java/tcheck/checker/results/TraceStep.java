package tcheck.checker.results;

import java.util.Map;

/**
 * One step of a trace: which thread did what, where in the scenario's source, and the shared
 * state right after it.
 */
public record TraceStep(int step, String thread, String action, String where, Map<String, Object> state) {
}
