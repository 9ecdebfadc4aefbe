package tcheck.checker.explorer;

import org.junit.jupiter.api.Test;
import tcheck.checker.explorer.instrument.Instrumenter;
import tcheck.checker.explorer.javafixtures.InitCycle;
import tcheck.checker.explorer.javafixtures.LookupTableWorkers;
import tcheck.checker.explorer.javafixtures.SameNamedWorkers;
import tcheck.checker.explorer.javafixtures.StaticCounter;
import tcheck.checker.explorer.javafixtures.StaticTableCounter;
import tcheck.results.FailureKind;
import tcheck.results.Verdict;
import tcheck.scenario.Program;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run leaves its class loader to the next run of the same classes, so that a short search does not
 * define, link and interpret the code under test afresh; but only while the loader's classes are as
 * they were defined: the next run must see exactly what a fresh loader would show it.
 */
class LoaderReuseTest {
    /** The fixture as a source that notes the loader of every program it makes. */
    private static final class Noting implements ProgramSource {
        private final ProgramSource inner;
        final List<ClassLoader> loaders = new ArrayList<>();

        Noting(Class<?> c) {
            inner = RunnableSource.of(c.getName(), LoaderReuseTest.class.getClassLoader(),
                    name -> name.startsWith("tcheck.checker.explorer.javafixtures."));
        }

        @Override
        public Instrumenter instrumenter() {
            return inner.instrumenter();
        }

        @Override
        public Program newProgram(ClassLoader loader) {
            loaders.add(loader);
            return inner.newProgram(loader);
        }

        @Override
        public String describe() {
            return inner.describe();
        }

        static Set<ClassLoader> distinct(List<ClassLoader> ls) {
            Set<ClassLoader> s = Collections.newSetFromMap(new IdentityHashMap<>());
            s.addAll(ls);
            return s;
        }
    }

    private static Exploration explore(ProgramSource source) {
        return Explorer.explore(source, ExplorerOptions.defaults().withStuckTimeout(5_000));
    }

    private static void assertSameReport(Exploration first, Exploration second) {
        assertEquals(first.verdict(), second.verdict(), second.message());
        assertEquals(first.kind(), second.kind(), second.message());
        assertEquals(first.message(), second.message());
        assertEquals(first.schedule(), second.schedule());
        assertEquals(first.executions(), second.executions());
        assertEquals(first.trace(), second.trace());
    }

    @Test
    void aSecondRunOfClassesWithoutStaticStateRunsInTheFirstRunsLoader() {
        Noting source = new Noting(SameNamedWorkers.class);
        Exploration first = explore(source);
        int firstRun = source.loaders.size();
        Exploration second = explore(source);
        assertEquals(Verdict.COUNTEREXAMPLE, first.verdict(), first.message());
        assertSameReport(first, second);
        assertEquals(1, Noting.distinct(source.loaders).size(), "one loader for both runs");
        assertTrue(source.loaders.size() > firstRun, "the second run made programs too");
    }

    /** Explores a correct fixture twice; both runs verify it alike. Returns the loaders of its programs. */
    private static Noting verifiedTwice(Class<?> fixture) {
        Noting source = new Noting(fixture);
        Exploration first = explore(source);
        Exploration second = explore(source);
        assertEquals(Verdict.VERIFIED, first.verdict(), first.message());
        assertSameReport(first, second);
        return source;
    }

    @Test
    void classesWithStaticStateAreDefinedAnewForEveryExecutionOfEveryRun() {
        Noting source = verifiedTwice(StaticCounter.class);
        assertEquals(source.loaders.size(), Noting.distinct(source.loaders).size(), "no loader used twice");
    }

    @Test
    void aLookupTableIsNoStaticStateButAFinalArrayThatExecutionsWriteIs() {
        Noting tables = verifiedTwice(LookupTableWorkers.class);
        assertEquals(1, Noting.distinct(tables.loaders).size(), "one loader for every execution of both runs");
        // were its array taken for a table, the second execution would start from the first one's count
        Noting counter = verifiedTwice(StaticTableCounter.class);
        assertEquals(counter.loaders.size(), Noting.distinct(counter.loaders).size(), "no loader used twice");
    }

    @Test
    void aLoaderWhoseInitializersAnExecutionRanIsNotPassedOn() {
        // the initializers run inside the executions (their locks are the deadlock): a second run in the same
        // loader would find the classes initialized, take no initialization step and miss the deadlock
        Noting source = new Noting(InitCycle.class);
        Exploration first = explore(source);
        int firstRun = source.loaders.size();
        Exploration second = explore(source);
        assertEquals(FailureKind.DEADLOCK, first.kind(), first.message());
        assertSameReport(first, second);
        Set<ClassLoader> firstLoaders = Noting.distinct(source.loaders.subList(0, firstRun));
        for (ClassLoader l : source.loaders.subList(firstRun, source.loaders.size())) {
            assertTrue(!firstLoaders.contains(l), "the second run never uses a loader of the first");
        }
    }
}
