package tcheck.mutate;

import tcheck.reports.MutationResults;
import tcheck.reports.MutationResults.EngineStatus;
import tcheck.reports.MutationResults.KillRate;
import tcheck.reports.MutationResults.Mutant;
import tcheck.reports.MutationResults.Outcome;
import tcheck.reports.MutationResults.Status;

import java.util.ArrayList;
import java.util.List;

/** The mutation results as text: one row per mutant, one column per engine, then the kill rates and the survivors. */
public final class MutationTable {
    private MutationTable() {
    }

    /** The rows of one variant's mutants, without the closing summary. */
    public static String rows(MutationResults r, boolean header) {
        List<String[]> rows = new ArrayList<>();
        if (header) {
            List<String> h = new ArrayList<>(List.of("mutant", "operator", "what changed", "where"));
            h.addAll(r.engines());
            h.add("mutant is");
            rows.add(h.toArray(String[]::new));
        }
        for (Mutant m : r.mutants()) {
            List<String> row = new ArrayList<>(List.of(m.id(), m.operator(), m.change(), m.where()));
            for (String e : r.engines()) {
                row.add(MutationResults.cell(m.outcome(e)));
            }
            row.add(word(m.status()));
            rows.add(row.toArray(String[]::new));
        }
        return align(rows);
    }

    public static String word(Status s) {
        return switch (s) {
            case KILLED -> "killed";
            case SURVIVED -> "SURVIVED";
            case EQUIVALENT -> "equivalent";
            case NOT_RUN -> "not run";
        };
    }

    /** Kill rate per engine, the equivalent mutants, and each survivor, error and not-run engine with the engine's words. */
    public static String summary(List<MutationResults> all) {
        StringBuilder b = new StringBuilder();
        int total = all.stream().mapToInt(r -> r.mutants().size()).sum();
        long equivalent = all.stream().flatMap(r -> r.mutants().stream()).filter(m -> m.status() == Status.EQUIVALENT).count();
        b.append(total).append(" mutant").append(total == 1 ? "" : "s").append(" of ").append(all.size()).append(" fixed variant")
                .append(all.size() == 1 ? "" : "s").append("; ").append(equivalent)
                .append(" equivalent (a complete search passed it, no engine killed it), not counted below\n");
        for (KillRate k : MutationResults.killRates(all)) {
            b.append("  kill rate ").append(k.engine()).append(": ").append(k.describe());
            String notRun = notRunReason(all, k.engine());
            if (k.ran() == 0 && notRun != null) {
                b.append(" (").append(notRun).append(")");
            }
            b.append('\n');
        }
        for (MutationResults r : all) {
            for (Mutant m : r.mutants()) {
                if (m.status() != Status.SURVIVED) {
                    continue;
                }
                b.append("  survived: ").append(m.id()).append("  ").append(m.change()).append("  ").append(m.where()).append('\n');
                for (Outcome o : m.outcomes()) {
                    if (o.status() != EngineStatus.NOT_RUN) {
                        b.append("    ").append(o.engine()).append(": ").append(MutationResults.cell(o)).append(": ")
                                .append(firstLine(o.message())).append('\n');
                    }
                }
            }
        }
        return b.toString();
    }

    private static String notRunReason(List<MutationResults> all, String engine) {
        return all.stream().flatMap(r -> r.mutants().stream()).map(m -> m.outcome(engine))
                .filter(o -> o != null && o.status() == EngineStatus.NOT_RUN).map(Outcome::message).findFirst().orElse(null);
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String align(List<String[]> rows) {
        int cols = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                line.append(c == r.length - 1 ? r[c] : String.format("%-" + width[c] + "s  ", r[c]));
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }
}
