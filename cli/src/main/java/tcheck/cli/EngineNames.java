package tcheck.cli;

import tcheck.engines.Engines;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The engine names for --engine's help and completion: the registry's, then "all". */
final class EngineNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        List<String> names = new ArrayList<>(Engines.names());
        names.add("all");
        return names.iterator();
    }
}
