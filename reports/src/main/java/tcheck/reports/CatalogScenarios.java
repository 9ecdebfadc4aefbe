package tcheck.reports;

import tcheck.scenario.Catalog;
import tcheck.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The scenario catalog as the report sees it: which rows exist even when no engine has run them.
 * A catalog that fails to load (a scenario class that cannot be built) must not stop the report,
 * so the failure becomes a {@link Problem} and the rows come from the results alone.
 */
public final class CatalogScenarios {
    /** The catalog's variants in teaching order, plus anything that went wrong while reading it. */
    public record Loaded(List<ScenarioInfo> scenarios, List<Problem> problems) {
    }

    private CatalogScenarios() {
    }

    public static Loaded load() {
        List<ScenarioInfo> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Class<? extends Scenario>> classes;
        try {
            classes = Catalog.classes();
        } catch (RuntimeException | LinkageError e) {
            problems.add(new Problem("scenario catalog", "cannot be read: " + e));
            return new Loaded(out, problems);
        }
        for (Class<? extends Scenario> c : classes) {
            try {
                Scenario s = Catalog.instantiate(c);
                out.add(new ScenarioInfo(s.family(), s.variant(), s.expected().json(), s.title(), s.lesson()));
            } catch (RuntimeException | LinkageError e) {
                problems.add(new Problem(c.getName(), "scenario cannot be instantiated: " + e));
            }
        }
        return new Loaded(out, problems);
    }
}
