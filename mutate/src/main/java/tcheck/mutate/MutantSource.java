package tcheck.mutate;

import tcheck.checker.explorer.ProgramSource;
import tcheck.checker.explorer.instrument.Instrumenter;
import tcheck.scenario.Bound;
import tcheck.scenario.Catalog;
import tcheck.scenario.ObjectUnderTest;
import tcheck.scenario.Program;

/** A mutant for the explorer: the scenario's classes instrumented as usual, the mutated one read from the mutant. */
final class MutantSource implements ProgramSource {
    private final Mutant mutant;
    private final Bound bound;
    private final Instrumenter instrumenter;

    MutantSource(Mutant mutant, Bound bound) {
        this.mutant = mutant;
        this.bound = bound;
        this.instrumenter = new Instrumenter(new MutantClassFiles(MutantSource.class.getClassLoader(), mutant),
                name -> name.startsWith("tcheck.scenarios."));
    }

    @Override
    public Instrumenter instrumenter() {
        return instrumenter;
    }

    @Override
    public Program newProgram(ClassLoader loader) {
        return loaded(loader).newProgram(bound);
    }

    @Override
    public ObjectUnderTest objectUnderTest(ClassLoader loader) {
        return loaded(loader).objectUnderTest(bound);
    }

    private tcheck.scenario.Scenario loaded(ClassLoader loader) {
        try {
            return Catalog.instantiate(loader.loadClass(mutant.scenario().getClass().getName()));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("scenario class not found: " + mutant.scenario().getClass().getName(), e);
        }
    }

    @Override
    public String describe() {
        return "mutant " + mutant.id() + " (" + mutant.site().change() + ", " + mutant.where() + ") at bound " + bound;
    }
}
