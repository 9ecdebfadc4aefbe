package tcheck.results;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * One engine's result for one scenario variant: the contract between engines, reports and scripts
 * (DESIGN.md, "Results"). Field names and values are fixed by that contract; extra fields are
 * optional and may be null.
 *
 * @param verdict     what the engine concluded (written as its contract spelling, e.g. "counterexample")
 * @param kind        the counterexample's kind (e.g. "data-race"), or null
 * @param failingStep the 1-based step at which the failure shows (highlighted in reports), or null
 * @param details     engine-specific structured evidence (deadlock cycle, race pair, history, ...)
 * @param engineOutput an engine's own text (Lincheck's interleaving trace, jcstress's summary)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Result(
        int schema,
        String scenario,
        String variant,
        String expected,
        String engine,
        Verdict verdict,
        FailureKind kind,
        Boolean complete,
        long executions,
        long millis,
        String schedule,
        Integer preemptions,
        List<TraceStep> trace,
        String message,
        // --- additions to the minimum contract (schema 1 readers ignore what they do not know) ---
        String title,
        String lesson,
        String bound,
        String strategy,
        String replay,
        Integer failingStep,
        List<Outcome> histogram,
        Map<String, Object> details,
        String engineOutput,
        String jdk) {

    public static final int SCHEMA = 1;

    /** The scenario id {@code family/variant}. */
    public String id() {
        return scenario + "/" + variant;
    }

    public static Builder builder(String scenario, String variant, String expected, String engine) {
        return new Builder(scenario, variant, expected, engine);
    }

    /** Fluent construction; every engine fills what it knows. */
    public static final class Builder {
        private final String scenario;
        private final String variant;
        private final String expected;
        private final String engine;
        private Verdict verdict = Verdict.ERROR;
        private FailureKind kind;
        private Boolean complete;
        private long executions;
        private long millis;
        private String schedule;
        private Integer preemptions;
        private List<TraceStep> trace = List.of();
        private String message;
        private String title;
        private String lesson;
        private String bound;
        private String strategy;
        private String replay;
        private Integer failingStep;
        private List<Outcome> histogram;
        private Map<String, Object> details;
        private String engineOutput;

        private Builder(String scenario, String variant, String expected, String engine) {
            this.scenario = scenario;
            this.variant = variant;
            this.expected = expected;
            this.engine = engine;
        }

        public Builder verdict(Verdict v) { this.verdict = v; return this; }
        public Builder kind(FailureKind v) { this.kind = v; return this; }
        public Builder complete(Boolean v) { this.complete = v; return this; }
        public Builder executions(long v) { this.executions = v; return this; }
        public Builder millis(long v) { this.millis = v; return this; }
        public Builder schedule(String v) { this.schedule = v; return this; }
        public Builder preemptions(Integer v) { this.preemptions = v; return this; }
        public Builder trace(List<TraceStep> v) { this.trace = v; return this; }
        public Builder message(String v) { this.message = v; return this; }
        public Builder title(String v) { this.title = v; return this; }
        public Builder lesson(String v) { this.lesson = v; return this; }
        public Builder bound(String v) { this.bound = v; return this; }
        public Builder strategy(String v) { this.strategy = v; return this; }
        public Builder replay(String v) { this.replay = v; return this; }
        public Builder failingStep(Integer v) { this.failingStep = v; return this; }
        public Builder histogram(List<Outcome> v) { this.histogram = v; return this; }
        public Builder details(Map<String, Object> v) { this.details = v; return this; }
        public Builder engineOutput(String v) { this.engineOutput = v; return this; }

        public Result build() {
            return new Result(SCHEMA, scenario, variant, expected, engine, verdict, kind, complete, executions,
                    millis, schedule, preemptions, trace, message, title, lesson, bound, strategy, replay,
                    failingStep, histogram, details, engineOutput, System.getProperty("java.version"));
        }
    }
}
