package tcheck.engines;

import tcheck.engines.explorer.ExplorerEngine;
import tcheck.engines.fray.FrayEngine;
import tcheck.engines.jpf.JpfEngine;
import tcheck.engines.linearizability.LinearizabilityEngine;
import tcheck.engines.jcstress.JcstressEngine;
import tcheck.engines.lincheck.LincheckEngine;
import tcheck.engines.realthreads.RealThreadsEngine;

import java.util.ArrayList;
import java.util.List;

/** Every engine, by name, in the order the report shows them: one line each. */
public final class Engines {
    private static final List<Engine> ALL = List.of(
            new ExplorerEngine(),
            new LinearizabilityEngine(),
            new LincheckEngine(),
            new JcstressEngine(),
            new RealThreadsEngine(),
            new JpfEngine(),
            new FrayEngine()
    );

    private Engines() {
    }

    public static List<Engine> all() {
        return ALL;
    }

    public static List<String> names() {
        return ALL.stream().map(Engine::name).toList();
    }

    /** The engine of that name; IllegalArgumentException (listing the names) for an unknown one. */
    public static Engine get(String name) {
        return ALL.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown engine '" + name + "'; one of " + String.join(", ", names()) + ", or all"));
    }

    /** Names as given on the command line ("all" for every one), each engine once, in registry order. */
    public static List<Engine> select(List<String> names) {
        List<Engine> wanted = new ArrayList<>();
        for (String n : names) {
            for (String one : n.split(",")) {
                if (one.isBlank()) {
                    continue;
                }
                if (one.trim().equals("all")) {
                    wanted.addAll(ALL);
                } else {
                    wanted.add(get(one.trim()));
                }
            }
        }
        return ALL.stream().filter(wanted::contains).toList();
    }
}
