package tcheck.cli;

import picocli.CommandLine.ParameterException;
import picocli.CommandLine;
import tcheck.checker.explorer.Exploration;
import tcheck.checker.explorer.search.Replay;
import tcheck.engines.Engine;
import tcheck.engines.Engines;
import tcheck.results.Verdict;
import tcheck.scenario.Bound;
import tcheck.scenario.Catalog;
import tcheck.scenario.Scenario;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the user's words into catalog objects, checked before anything runs: a mistake in the
 * third argument must not surface after the first two scenarios have been explored.
 */
final class Inputs {
    private Inputs() {
    }

    /** Ids, families or "all", in the order given, each scenario once. */
    static List<Scenario> scenarios(CommandLine cmd, List<String> selectors) {
        Map<String, Scenario> selected = new LinkedHashMap<>();
        for (String selector : selectors) {
            try {
                for (Scenario s : Catalog.select(selector)) {
                    selected.putIfAbsent(s.id(), s);
                }
            } catch (IllegalArgumentException e) { // UnknownScenarioException: its message lists the known ids
                throw new ParameterException(cmd, e.getMessage());
            }
        }
        return List.copyOf(selected.values());
    }

    /** Exactly one variant: replay follows a schedule, and a schedule belongs to one variant's program. */
    static Scenario oneScenario(CommandLine cmd, String id) {
        if (id.equals("all") || Catalog.families().contains(id)) {
            List<String> variants = id.equals("all") ? Catalog.ids()
                    : Catalog.all().stream().filter(s -> s.family().equals(id)).map(Scenario::id).toList();
            throw new ParameterException(cmd, "replay takes one scenario id, not " + (id.equals("all") ? "'all'"
                    : "the family '" + id + "'") + ": a schedule belongs to one variant. " + (id.equals("all")
                    ? "The ids are listed by 'tcheck list'." : "Its variants: " + String.join(", ", variants)));
        }
        return scenario(cmd, id);
    }

    /** Engine names as given (repeatable, comma-separated, or "all"); the explorer when none is given. */
    static List<Engine> engines(CommandLine cmd, List<String> names) {
        try {
            return Engines.select(names.isEmpty() ? List.of("explorer") : names);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cmd, "--engine: " + e.getMessage());
        }
    }

    /**
     * {@code ENGINE.KEY=VALUE} options, grouped by engine; an unknown engine or key is bad input, and so
     * is an option for an engine that was not selected (it would silently do nothing).
     */
    static Map<Engine, Map<String, String>> engineOptions(CommandLine cmd, List<Engine> engines, Map<String, String> given) {
        Map<Engine, Map<String, String>> out = new LinkedHashMap<>();
        for (Engine e : engines) {
            out.put(e, new LinkedHashMap<>());
        }
        for (Map.Entry<String, String> o : given.entrySet()) {
            int dot = o.getKey().indexOf('.');
            if (dot < 1) {
                throw new ParameterException(cmd, "--engine-option: expected ENGINE.KEY=VALUE, got '" + o.getKey() + "'");
            }
            String name = o.getKey().substring(0, dot);
            String key = o.getKey().substring(dot + 1);
            Engine engine;
            try {
                engine = Engines.get(name);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(cmd, "--engine-option: " + e.getMessage());
            }
            if (!engine.options().containsKey(key)) {
                throw new ParameterException(cmd, "--engine-option: engine " + name + " has no option '" + key + "'"
                        + (engine.options().isEmpty() ? " (it takes none)" : "; it takes " + String.join(", ", engine.options().keySet())));
            }
            if (!out.containsKey(engine)) {
                throw new ParameterException(cmd, "--engine-option " + o.getKey() + ": engine " + name + " is not selected (add --engine " + name + ")");
            }
            out.get(engine).put(key, o.getValue());
        }
        return out;
    }

    static Scenario scenario(CommandLine cmd, String id) {
        try {
            return Catalog.get(id);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cmd, e.getMessage());
        }
    }

    /**
     * The scenario's default bound, or the given one (keeping the default's capacity when it says none).
     * A bound whose every execution would be cut at the step bound ({@code maxSteps}) is bad input: no
     * search, exhaustive or sampling, could even finish one execution of it.
     */
    static Bound bound(CommandLine cmd, Scenario s, String text, int maxSteps) {
        if (text == null) {
            return s.defaultBound();
        }
        var m = java.util.regex.Pattern.compile("(\\d+)x(\\d+)(?:c(\\d+))?").matcher(text.trim());
        if (m.matches()) {
            BigInteger threads = new BigInteger(m.group(1));
            BigInteger operations = new BigInteger(m.group(2));
            // each thread is started (a step) and each of its operations takes at least one step
            BigInteger steps = threads.multiply(operations).add(threads);
            if (steps.compareTo(BigInteger.valueOf(maxSteps)) > 0) {
                throw new ParameterException(cmd, "--bound " + text.trim() + " is beyond any exhaustive search: "
                        + String.format(Locale.ROOT, "%,d", threads) + " threads x " + String.format(Locale.ROOT, "%,d", operations)
                        + " operations take at least " + String.format(Locale.ROOT, "%,d", steps) + " steps per execution, and an"
                        + " execution is cut at " + maxSteps + " (--max-steps), so not one execution could finish."
                        + " The explorer exhausts a few threads with a few operations each (" + s.id() + "'s default: "
                        + s.defaultBound() + "); grow the bound a step at a time (3x1, 2x2), and for larger ones raise"
                        + " --max-steps and sample with --strategy pct or random");
            }
        }
        try {
            return s.defaultBound().parse(text);
        } catch (NumberFormatException e) {
            throw new ParameterException(cmd, "--bound " + text.trim() + ": a number is too large");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cmd, "--bound: " + e.getMessage());
        }
    }

    /**
     * After a replay: how many of the given choices the run used, when not exactly all of them
     * (a longer schedule's tail is ignored, a shorter one is completed by the default policy).
     */
    static Optional<String> scheduleNote(String given, Exploration e) {
        if (e.verdict() == Verdict.ERROR || e.schedule() == null) {
            return Optional.empty(); // the schedule did not fit: the error says where
        }
        return Optional.ofNullable(Replay.lengthNote(given, e.schedule()));
    }

    static String schedule(CommandLine cmd, String schedule) {
        try {
            Replay.parse(schedule);
            return schedule.trim();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cmd, "--schedule: " + e.getMessage());
        }
    }
}
