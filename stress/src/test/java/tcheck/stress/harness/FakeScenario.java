package tcheck.stress.harness;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;
import tcheck.scenario.Property;
import tcheck.scenario.Scenario;

import java.util.Set;

/** A scenario descriptor with no program, for checking how verdicts are derived. */
record FakeScenario(String family, String variant, Expected expected, String expectedKind) implements Scenario {
    static FakeScenario buggy() {
        return new FakeScenario("race-counter", "unsynchronized", Expected.BUGGY, "invariant");
    }

    static FakeScenario fixed() {
        return new FakeScenario("race-counter", "synchronized", Expected.FIXED, null);
    }

    @Override
    public String title() {
        return "title";
    }

    @Override
    public String lesson() {
        return "lesson";
    }

    @Override
    public String seed() {
        return "seed";
    }

    @Override
    public Set<Property> properties() {
        return Set.of(Property.INVARIANT);
    }

    @Override
    public Bound defaultBound() {
        return Bound.of(2, 1);
    }

    @Override
    public String boundMeaning() {
        return "threads x operations";
    }

    @Override
    public Program newProgram(Bound bound) {
        throw new UnsupportedOperationException("jcstress calls the scenario classes directly");
    }
}
