package tcheck.checker.junit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InstrumentedPackagesTest {
    private static final String[] NONE = {};

    @Test
    void theTestClassPackageByDefault() {
        InstrumentedPackages p = InstrumentedPackages.of(InstrumentedPackagesTest.class, NONE);
        assertTrue(p.test("tcheck.checker.junit.InterleavingsExamples$RacyCounter"));
        assertFalse(p.test("tcheck.checker.junitx.Other"), "a package prefix ends at a dot");
        assertFalse(p.test("java.util.ArrayList"));
    }

    @Test
    void neverTheExtensionNorTheExplorerItself() {
        InstrumentedPackages p = InstrumentedPackages.of(InstrumentedPackagesTest.class, new String[] {"tcheck"});
        assertFalse(p.test(ExploreInterleavings.class.getName()));
        assertFalse(p.test(TestMethodSource.class.getName() + "$TestProgram"));
        assertFalse(p.test("tcheck.checker.explorer.Explorer"));
        assertFalse(p.test("tcheck.scenario.Program"));
        assertTrue(p.test("tcheck.scenarios.racecounter.UnsynchronizedCounter"));
    }

    @Test
    void namedPackagesReplaceTheDefault() {
        InstrumentedPackages p = InstrumentedPackages.of(InstrumentedPackagesTest.class, new String[] {"com.example.cache", "org.acme."});
        assertTrue(p.test("com.example.cache.Lru"));
        assertTrue(p.test("org.acme.Queue"));
        assertFalse(p.test("tcheck.checker.junit.InterleavingsExamples"));
    }

    @Test
    void theUnnamedPackage() {
        InstrumentedPackages p = InstrumentedPackages.of(InstrumentedPackagesTest.class, new String[] {""});
        assertTrue(p.test("Counter"));
        assertFalse(p.test("a.Counter"));
    }
}
