package tcheck.scenarios.eventreaders;

import tcheck.scenario.Bound;
import tcheck.scenario.Scenario;

/**
 * What both Event-readers variants share: the family and the bound. The default is 2 readers x
 * 2 updates over data of 2 elements: two updates are the fewest that can tear (a reader woken by
 * update 1 reads while update 2 is written), two elements the fewest that can show it
 * ({@code [2, 1]}), and two readers let one read on while the other waits.
 */
abstract class EventReadersScenario implements Scenario {
    /** Elements of the shared data by default; the seed has 10 (top 5, bottom 5). */
    static final int DEFAULT_SIZE = 2;

    @Override
    public final String family() {
        return "event-readers";
    }

    @Override
    public final Bound defaultBound() {
        return Bound.of(2, 2);
    }

    @Override
    public final String boundMeaning() {
        return "threads = readers (plus one updater), operations = updates the updater publishes; "
                + "the data has " + DEFAULT_SIZE + " elements";
    }

    @Override
    public final ReadersProgram newProgram(Bound bound) {
        return newProgram(bound, DEFAULT_SIZE);
    }

    /** A program over shared data of {@code size} elements (the seed uses 10). */
    public abstract ReadersProgram newProgram(Bound bound, int size);
}
