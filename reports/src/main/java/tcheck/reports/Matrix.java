package tcheck.reports;

import tcheck.results.Result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The verdict matrix: one row per scenario variant (catalog order, then any variant only known from
 * a results file), one column per engine, each cell the result read from that engine's file or
 * empty ("not run"). Built only from what was loaded: no verdict is known in advance.
 */
public final class Matrix {
    private final List<ScenarioInfo> rows;
    private final List<String> engines;
    private final Map<String, Result> cells;
    private final Set<String> catalogIds;

    private Matrix(List<ScenarioInfo> rows, List<String> engines, Map<String, Result> cells, Set<String> catalogIds) {
        this.rows = rows;
        this.engines = engines;
        this.cells = cells;
        this.catalogIds = catalogIds;
    }

    public static Matrix build(List<ScenarioInfo> catalog, List<Result> results) {
        Map<String, ScenarioInfo> byId = new LinkedHashMap<>();
        for (ScenarioInfo s : catalog) {
            byId.putIfAbsent(s.id(), s);
        }
        Set<String> catalogIds = new HashSet<>(byId.keySet());
        List<Result> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing(Result::scenario).thenComparing(Result::variant));
        Map<String, Result> cells = new LinkedHashMap<>();
        Set<String> engines = new LinkedHashSet<>();
        for (Result r : sorted) {
            byId.putIfAbsent(r.id(), new ScenarioInfo(r.scenario(), r.variant(), r.expected(), r.title(), r.lesson()));
            cells.putIfAbsent(key(r.id(), r.engine()), r);
            engines.add(r.engine());
        }
        // Group by family, keeping the first-seen order of families and of variants within one.
        Map<String, List<ScenarioInfo>> byFamily = new LinkedHashMap<>();
        for (ScenarioInfo s : byId.values()) {
            byFamily.computeIfAbsent(s.family(), f -> new ArrayList<>()).add(s);
        }
        List<ScenarioInfo> rows = byFamily.values().stream().flatMap(List::stream).toList();
        return new Matrix(rows, Engines.columns(engines), cells, catalogIds);
    }

    private static String key(String id, String engine) {
        return id + "/" + engine;
    }

    public List<ScenarioInfo> rows() {
        return rows;
    }

    public List<String> engines() {
        return engines;
    }

    public List<String> families() {
        return rows.stream().map(ScenarioInfo::family).distinct().toList();
    }

    public List<ScenarioInfo> rows(String family) {
        return rows.stream().filter(r -> r.family().equals(family)).toList();
    }

    public Optional<Result> cell(ScenarioInfo row, String engine) {
        return Optional.ofNullable(cells.get(key(row.id(), engine)));
    }

    /** Every result of one variant, in column order: the evidence shown beside a trace. */
    public List<Result> resultsFor(String id) {
        return engines.stream().map(e -> cells.get(key(id, e))).filter(r -> r != null).toList();
    }

    public List<Result> results() {
        return List.copyOf(cells.values());
    }

    /** Whether the catalog knows this variant (false: it is only known from a results file). */
    public boolean inCatalog(String id) {
        return catalogIds.contains(id);
    }

    /** Whether any row came from the catalog (before scenarios are registered, none does). */
    public boolean hasCatalog() {
        return !catalogIds.isEmpty();
    }

    /** The results files that would fill the empty cells, named as engines write them. */
    public List<String> missingFiles() {
        List<String> out = new ArrayList<>();
        for (ScenarioInfo row : rows) {
            for (String e : engines) {
                if (!cells.containsKey(key(row.id(), e))) {
                    out.add(row.family() + "__" + row.variant() + "__" + e + ".json");
                }
            }
        }
        return out;
    }
}
