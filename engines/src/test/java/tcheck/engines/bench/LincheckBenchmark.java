package tcheck.engines.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import tcheck.engines.EngineRun;
import tcheck.engines.Verdicts;
import tcheck.engines.explorer.ExplorerEngine;
import tcheck.engines.lincheck.LincheckEngine;
import tcheck.results.Result;
import tcheck.results.Verdict;
import tcheck.scenario.Catalog;
import tcheck.scenario.Expected;
import tcheck.scenario.Scenario;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The explorer's time to a bug against Lincheck's, side by side in one run (this machine is shared and
 * noisy, so only the ratio means much): every buggy catalog variant, the explorer's time to its first
 * counterexample and to the end of its whole run, and the time of each Lincheck mode that catches the
 * same variant (Lincheck stops at its first failure, so its run's time is its time to the bug).
 * Both engines first run one variant unmeasured, so neither pays the JVM's warm-up in the table.
 *
 * <pre>mvn -q -Pbench -pl engines -am verify -DskipTests</pre>
 * Table on stdout, JSON in {@code engines/target/bench/lincheck-benchmark.json}.
 */
public final class LincheckBenchmark {
    private LincheckBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        ExplorerEngine explorer = new ExplorerEngine();
        LincheckEngine lincheck = new LincheckEngine();
        Scenario warm = Catalog.get("race-counter/unsynchronized");
        explorer.run(warm, EngineRun.defaults());
        lincheck.run(warm, EngineRun.defaults());
        List<Map<String, Object>> rows = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%-40s %12s %10s   %-16s %10s %9s%n", "buggy variant", "explorer 1st", "whole",
                "lincheck mode", "to bug", "ratio");
        List<Double> ratios = new ArrayList<>();
        for (String id : Catalog.ids()) {
            Scenario s = Catalog.get(id);
            if (s.expected() != Expected.BUGGY) {
                continue;
            }
            Result e = explorer.run(s, EngineRun.defaults()).get(0);
            long first = e.details() != null && e.details().get("firstCounterexampleMillis") instanceof Number n ? n.longValue() : -1;
            if (e.verdict() != Verdict.COUNTEREXAMPLE || first < 0) {
                first = -1;
            }
            List<Result> ls = lincheck.run(s, EngineRun.defaults());
            for (Result l : ls) {
                boolean caught = l.verdict() == Verdict.COUNTEREXAMPLE;
                Double ratio = caught && first > 0 ? (double) l.millis() / first : null;
                if (ratio != null) {
                    ratios.add(ratio);
                }
                System.out.printf(Locale.ROOT, "%-40s %12s %10s   %-16s %10s %9s%n", id, first < 0 ? "-" : first + " ms",
                        e.millis() + " ms", l.engine(), caught ? l.millis() + " ms" : l.verdict(),
                        ratio == null ? "-" : String.format(Locale.ROOT, "%.1fx", ratio));
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("scenario", id);
                row.put("explorerVerdict", e.verdict());
                row.put("explorerFirstCounterexampleMillis", first < 0 ? null : first);
                row.put("explorerMillis", e.millis());
                row.put("lincheckMode", l.engine());
                row.put("lincheckVerdict", l.verdict());
                row.put("lincheckMillis", l.millis());
                row.put("ratio", ratio);
                rows.add(row);
            }
        }
        ratios.sort(Double::compare);
        if (!ratios.isEmpty()) {
            System.out.printf(Locale.ROOT, "Lincheck's time to a bug / the explorer's, where both catch it: min %.1fx, median %.1fx,"
                    + " max %.1fx over %d pairs%n", ratios.get(0), ratios.get(ratios.size() / 2), ratios.get(ratios.size() - 1), ratios.size());
        }
        File out = new File(System.getProperty("bench.out", "target/bench/lincheck-benchmark.json"));
        out.getParentFile().mkdirs();
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, Map.of("rows", rows,
                "jdk", System.getProperty("java.version"), "cores", Runtime.getRuntime().availableProcessors()));
        System.out.println("JSON: " + out.getAbsolutePath());
        System.exit(0); // Lincheck's and the explorer's helper threads must not keep Maven waiting
    }
}
