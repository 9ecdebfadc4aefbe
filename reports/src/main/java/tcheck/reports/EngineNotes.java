package tcheck.reports;

import java.util.Map;

/** One line per engine column of the matrix: what the engine does, so a reader can tell the columns apart. */
final class EngineNotes {
    private static final Map<String, String> NOTES = Map.of(
            "explorer", "tcheck's model checker: runs the real bytecode under a controlled scheduler, every interleaving up to the bound (DPOR)",
            "linearizability", "the explorer's operation histories checked against the object's sequential specification",
            "lincheck-model", "Lincheck's model checker over generated operation scenarios of the object",
            "lincheck-stress", "Lincheck's stress mode: the generated scenarios run on real threads many times",
            "lincheck-program", "Lincheck's model checker running the whole scenario program",
            "jcstress", "jcstress: the program raced on real threads millions of times, its outcomes counted",
            "real-threads", "plain JVM threads, many runs with no control over the schedule",
            "jpf", "Java PathFinder: model checking in its own virtual machine",
            "fray", "Fray: controlled concurrency testing (POS and PCT schedules) on an instrumented JDK 25");

    private EngineNotes() {
    }

    /** The line for an engine, or null for one this report does not know (it still gets its column). */
    static String of(String engine) {
        return NOTES.get(engine);
    }
}
