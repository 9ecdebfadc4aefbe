package tcheck.checker.junit;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which classes a test's exploration instruments: the packages it names (or the test class's own),
 * never the checker's own classes, which must stay shared with the explorer's runtime even when a test
 * lives in one of the checker's packages.
 */
final class InstrumentedPackages implements Predicate<String> {
    private static final List<String> NEVER = List.of("tcheck.checker.explorer.", "tcheck.results.", "tcheck.scenario.");
    private static final List<Class<?>> EXTENSION = List.of(ExploreInterleavings.class, InterleavingsExtension.class,
            InstrumentedPackages.class, TestMethodSource.class, FailureMessage.class);

    private final List<String> prefixes;

    private InstrumentedPackages(List<String> prefixes) {
        this.prefixes = prefixes;
    }

    static InstrumentedPackages of(Class<?> testClass, String[] packages) {
        List<String> named = packages.length == 0 ? List.of(testClass.getPackageName())
                : Arrays.stream(packages).map(String::strip).toList();
        // "" stands for the unnamed package: classes whose name has no dot
        return new InstrumentedPackages(named.stream().map(p -> p.isEmpty() || p.endsWith(".") ? p : p + ".").toList());
    }

    @Override
    public boolean test(String className) {
        if (NEVER.stream().anyMatch(className::startsWith)) {
            return false;
        }
        for (Class<?> own : EXTENSION) {
            if (className.equals(own.getName()) || className.startsWith(own.getName() + "$")) {
                return false;
            }
        }
        return prefixes.stream().anyMatch(p -> p.isEmpty() ? className.indexOf('.') < 0 : className.startsWith(p));
    }

    @Override
    public String toString() {
        return prefixes.toString();
    }
}
