package tcheck.reports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The matrix columns: the engines named by the results contract, in the order a reader meets them
 * (own explorer first, then the tools it is compared with). Any other engine found in a results
 * file gets a column after these, so a new engine shows up without a change here.
 */
public final class Engines {
    public static final List<String> CONTRACT = List.of(
            "explorer", "linearizability", "lincheck-model", "lincheck-stress", "lincheck-program", "jcstress",
            "real-threads", "jpf", "fray");

    private Engines() {
    }

    public static List<String> columns(Collection<String> seenInResults) {
        List<String> out = new ArrayList<>(CONTRACT);
        for (String e : new TreeSet<>(seenInResults)) {
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    public static boolean isLincheck(String engine) {
        return engine != null && engine.startsWith("lincheck");
    }

    public static boolean isJcstress(String engine) {
        return "jcstress".equals(engine);
    }
}
