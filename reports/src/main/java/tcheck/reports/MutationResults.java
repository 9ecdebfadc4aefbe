package tcheck.reports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import tcheck.results.FailureKind;
import tcheck.results.Verdict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mutation results of one fixed variant ({@code tcheck mutate}): every mutant, what it changed
 * and where, and how each engine did on it. Written as {@code mutations/family__variant.json}
 * beside the other results (a directory of its own, so readers of the results contract never meet it).
 *
 * @param run     the run that wrote it (as in every results file)
 * @param engines the engines asked, in registry order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MutationResults(int schema, String run, String scenario, String variant, String bound, List<String> engines,
                              List<Mutant> mutants) {
    public static final int SCHEMA = 1;
    public static final String DIR = "mutations";

    public String id() {
        return scenario + "/" + variant;
    }

    /** One mutant and its outcomes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Mutant(String id, String operator, String className, String change, String file, int line,
                         Status status, List<Outcome> outcomes) {
        public String where() {
            return file + ":" + line;
        }

        public Outcome outcome(String engine) {
            return outcomes.stream().filter(o -> o.engine().equals(engine)).findFirst().orElse(null);
        }
    }

    /**
     * What one engine made of a mutant.
     *
     * @param kind     the counterexample kind when killed
     * @param complete whether the engine's search was complete (a pass of a complete search is a proof)
     * @param message  the engine's own words: the violation, why it was not run, or the error
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Outcome(String engine, EngineStatus status, Verdict verdict, FailureKind kind, Boolean complete, long executions,
                          long millis, String schedule, String message) {
    }

    /** One engine's cell: "killed (deadlock)", "passed" (a complete search), "passed (bounded)", "error", "not run". */
    public static String cell(Outcome o) {
        if (o == null) {
            return "-";
        }
        return switch (o.status()) {
            case KILLED -> "killed (" + (o.kind() == null ? "?" : o.kind()) + ")";
            case SURVIVED -> Boolean.TRUE.equals(o.complete()) ? "passed" : "passed (bounded)";
            case ERROR -> "error";
            case NOT_RUN -> "not run";
        };
    }

    /** How one engine did on one mutant. */
    public enum EngineStatus {
        /** A counterexample. */
        @JsonProperty("killed") KILLED,
        /** Passed: no counterexample (a complete search or a bounded one, see {@code complete}). */
        @JsonProperty("survived") SURVIVED,
        /** The engine could not judge the mutant (its message says what and where). */
        @JsonProperty("error") ERROR,
        /** The engine cannot be given a mutant, or cannot run on this machine; the message says which. */
        @JsonProperty("not-run") NOT_RUN
    }

    /** The mutant over all engines. */
    public enum Status {
        /** At least one engine found a counterexample. */
        @JsonProperty("killed") KILLED,
        /** No engine found one, and none passed it with a complete search (bounded passes, errors). */
        @JsonProperty("survived") SURVIVED,
        /**
         * No engine found a counterexample and at least one passed it with a complete search: at this bound it
         * cannot be told apart from the original. A sampling engine's pass (real threads, Fray) or a search
         * that ran out of budget proves nothing either way, so it does not stand in the way.
         */
        @JsonProperty("equivalent") EQUIVALENT,
        /** No engine ran it. */
        @JsonProperty("not-run") NOT_RUN;

        public static Status of(List<Outcome> outcomes) {
            if (outcomes.stream().anyMatch(o -> o.status() == EngineStatus.KILLED)) {
                return KILLED;
            }
            if (outcomes.stream().allMatch(o -> o.status() == EngineStatus.NOT_RUN)) {
                return NOT_RUN;
            }
            boolean proven = outcomes.stream().anyMatch(o -> o.status() == EngineStatus.SURVIVED && Boolean.TRUE.equals(o.complete()));
            return proven ? EQUIVALENT : SURVIVED;
        }
    }

    /** Per engine: mutants killed out of the non-equivalent mutants it ran. */
    public record KillRate(String engine, int killed, int ran) {
        public double rate() {
            return ran == 0 ? Double.NaN : (double) killed / ran;
        }

        public String describe() {
            return ran == 0 ? "no non-equivalent mutant run"
                    : String.format(java.util.Locale.ROOT, "%d of %d killed (%.0f%%)", killed, ran, 100 * rate());
        }
    }

    /** Kill rates per engine over any number of variants' results, in the order engines first appear. */
    public static List<KillRate> killRates(List<MutationResults> all) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (MutationResults r : all) {
            for (String e : r.engines()) {
                counts.computeIfAbsent(e, k -> new int[2]);
            }
            for (Mutant m : r.mutants()) {
                if (m.status() == Status.EQUIVALENT || m.status() == Status.NOT_RUN) {
                    continue;
                }
                for (Outcome o : m.outcomes()) {
                    if (o.status() == EngineStatus.NOT_RUN) {
                        continue;
                    }
                    int[] c = counts.computeIfAbsent(o.engine(), k -> new int[2]);
                    c[1]++;
                    if (o.status() == EngineStatus.KILLED) {
                        c[0]++;
                    }
                }
            }
        }
        return counts.entrySet().stream().map(e -> new KillRate(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }
}
