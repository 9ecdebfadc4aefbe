package tcheck.checker.explorer;

import tcheck.checker.explorer.instrument.Instrumenter;
import tcheck.results.FailureKind;
import tcheck.scenario.Bound;
import tcheck.scenario.Catalog;
import tcheck.scenario.Program;
import tcheck.scenario.Scenario;

/** A catalog scenario: its classes (package {@code tcheck.scenarios.*}) are instrumented, the API is shared. */
public final class ScenarioSource implements ProgramSource {
    private static final Instrumenter SCENARIOS = new Instrumenter(ScenarioSource.class.getClassLoader(),
            name -> name.startsWith("tcheck.scenarios."));

    private final Scenario scenario;
    private final Bound bound;

    public ScenarioSource(Scenario scenario, Bound bound) {
        this.scenario = scenario;
        this.bound = bound;
    }

    public Scenario scenario() {
        return scenario;
    }

    public Bound bound() {
        return bound;
    }

    @Override
    public Instrumenter instrumenter() {
        return SCENARIOS;
    }

    @Override
    public Program newProgram(ClassLoader loader) {
        return loaded(loader).newProgram(bound);
    }

    @Override
    public tcheck.scenario.ObjectUnderTest objectUnderTest(ClassLoader loader) {
        return loaded(loader).objectUnderTest(bound);
    }

    /** The scenario as the instrumenting loader defines it, so the objects it makes are instrumented. */
    private Scenario loaded(ClassLoader loader) {
        try {
            return Catalog.instantiate(loader.loadClass(scenario.getClass().getName()));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("scenario class not found: " + scenario.getClass().getName(), e);
        }
    }

    @Override
    public FailureKind preferredKind() {
        return FailureKind.of(scenario.expectedKind());
    }

    @Override
    public String describe() {
        return scenario.id() + " at bound " + bound;
    }
}
