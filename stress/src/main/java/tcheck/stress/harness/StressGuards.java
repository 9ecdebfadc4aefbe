package tcheck.stress.harness;

import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.infra.runners.TestList;
import tcheck.scenario.Expected;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks jcstress does not make. It exits 0 when a {@code -t} filter matches nothing, when
 * {@code -f 0} runs nothing, when there are fewer CPUs than actors (the tests are skipped), and when
 * the annotation processor never ran (no {@code META-INF/TestList}). Each method returns the
 * problems it found, in words a person can act on; an empty list means the check passed.
 */
public final class StressGuards {
    private StressGuards() {
    }

    public static List<String> cpus(int available, int actors) {
        return available >= actors ? List.of()
                : List.of("jcstress needs " + actors + " CPUs to run a " + actors + "-actor test, this machine offers "
                + available + ": jcstress would skip every test and still exit 0");
    }

    /** The tests jcstress will see: {@code META-INF/TestList} as written by its annotation processor. */
    public static Collection<String> generatedTestList() {
        if (TestList.class.getResource(TestList.LIST) == null) {
            return List.of();
        }
        return TestList.tests();
    }

    /** The generated list and the suite must name the same tests. */
    public static List<String> testList(Collection<String> generated, List<String> suite) {
        List<String> problems = new ArrayList<>();
        if (generated.isEmpty()) {
            problems.add("no jcstress tests on the class path (META-INF/TestList missing or empty): did the"
                    + " annotation processor run? It needs <proc>full</proc> on JDK 23+");
            return problems;
        }
        for (String s : suite) {
            if (!generated.contains(s)) {
                problems.add("suite test " + s + " is not in META-INF/TestList (not a @JCStressTest?)");
            }
        }
        for (String g : generated) {
            if (!suite.contains(g)) {
                problems.add("jcstress test " + g + " is not listed in StressSuite.TESTS: add it, with @StressOf");
            }
        }
        return problems;
    }

    /** The suite tests a {@code -t} regex selects (jcstress uses {@code find()}); none selected is a problem. */
    public static List<String> selected(List<String> suite, String filter) {
        Pattern p = Pattern.compile(filter);
        return suite.stream().filter(n -> p.matcher(n).find()).toList();
    }

    /** Every expected test ran, with samples; nothing ran that was not expected. */
    public static List<String> allRan(List<String> expected, List<TestHistogram> ran) {
        List<String> problems = new ArrayList<>();
        if (expected.isEmpty()) {
            problems.add("the test filter selects no test: nothing would be checked");
        }
        Map<String, TestHistogram> byName = ran.stream().collect(Collectors.toMap(TestHistogram::test, Function.identity()));
        for (String e : expected) {
            TestHistogram h = byName.get(e);
            if (h == null) {
                problems.add("expected test did not run: " + e);
            } else if (h.samples() == 0) {
                problems.add("test ran but collected no samples: " + e + " (" + h.status() + ")");
            }
        }
        Set<String> unexpected = new TreeSet<>(byName.keySet());
        unexpected.removeAll(expected);
        unexpected.forEach(u -> problems.add("unexpected test ran: " + u));
        if (!problems.isEmpty()) {
            problems.add(0, "expected " + expected.size() + " jcstress tests, " + (ran.size() - unexpected.size())
                    + " of them ran");
        }
        return problems;
    }

    /**
     * A buggy variant's test must grade its bug ACCEPTABLE_INTERESTING (so "not observed" can be told
     * from "observed"); a fixed variant's test must forbid something and call nothing interesting.
     */
    public static List<String> shape(String test, Expected expected, Set<Expect> declared) {
        boolean interesting = declared.contains(Expect.ACCEPTABLE_INTERESTING);
        boolean forbidden = declared.contains(Expect.FORBIDDEN);
        if (expected == Expected.BUGGY && !interesting) {
            return List.of(test + " tests a buggy variant but grades no outcome ACCEPTABLE_INTERESTING");
        }
        if (expected == Expected.FIXED && (interesting || !forbidden)) {
            return List.of(test + " tests a fixed variant: it must grade the bug FORBIDDEN and nothing ACCEPTABLE_INTERESTING");
        }
        return List.of();
    }
}
