package tcheck.engines;

import tcheck.checker.explorer.ExplorerOptions;
import tcheck.scenario.Bound;
import tcheck.scenario.Scenario;

import java.util.Map;
import java.util.function.Consumer;

/**
 * What an engine run is given besides the scenario: the bound (null: the scenario's default), the
 * options given for this engine (already checked against {@link Engine#options()}), and where to say
 * what it is doing (may be null). {@code explorer}: the explorer's options (null: its defaults),
 * used by the engines built on it.
 */
public record EngineRun(Bound bound, Map<String, String> options, ExplorerOptions explorer, Consumer<String> progress) {
    public EngineRun {
        options = Map.copyOf(options);
        explorer = explorer != null ? explorer : ExplorerOptions.defaults();
    }

    public static EngineRun defaults() {
        return new EngineRun(null, Map.of(), null, null);
    }

    public EngineRun withOptions(Map<String, String> o) {
        return new EngineRun(bound, o, explorer, progress);
    }

    public Bound boundFor(Scenario s) {
        return bound != null ? bound : s.defaultBound();
    }

    public void say(String line) {
        if (progress != null) {
            progress.accept(line);
        }
    }

    /** The option's value, or the engine's default from {@link Engine#options()} (text before the first ':'). */
    public String option(Engine e, String key) {
        String v = options.get(key);
        if (v != null) {
            return v;
        }
        String doc = e.options().get(key);
        if (doc == null) {
            throw new IllegalArgumentException("engine " + e.name() + " has no option '" + key + "'");
        }
        int colon = doc.indexOf(':');
        return (colon < 0 ? doc : doc.substring(0, colon)).trim();
    }

    public long longOption(Engine e, String key) {
        String v = option(e, key);
        try {
            long n = Long.parseLong(v);
            if (n < 1) {
                throw new IllegalArgumentException(e.name() + "." + key + " must be >= 1, got " + v);
            }
            return n;
        } catch (NumberFormatException x) {
            throw new IllegalArgumentException(e.name() + "." + key + " must be a number, got '" + v + "'");
        }
    }

    public int intOption(Engine e, String key) {
        return Math.toIntExact(longOption(e, key));
    }
}
