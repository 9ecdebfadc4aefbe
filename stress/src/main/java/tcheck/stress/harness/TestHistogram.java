package tcheck.stress.harness;

import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.infra.StateCase;
import org.openjdk.jcstress.infra.Status;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.collectors.DiskReadCollector;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.runners.TestList;
import org.openjdk.jcstress.util.Counter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One jcstress test's outcomes, summed over all its forks, each graded by the test's own
 * {@code @Outcome} annotations (as jcstress grades them: the first case whose pattern matches,
 * else the test's grading for unmatched outcomes).
 *
 * @param test     the test's class name
 * @param status   NORMAL unless a fork failed (an exception in an actor, a VM crash, a timeout)
 * @param samples  how many times the actors ran against a fresh state
 * @param rows     observed outcomes by count, then declared cases never observed (count 0)
 * @param messages jcstress's error messages, if any
 */
public record TestHistogram(String test, Status status, int forks, long samples, long stressMillis,
                            List<Row> rows, List<String> messages, List<String> jvmArgs) {

    /** One outcome: the result string jcstress formats from the result object, e.g. {@code "1, 2"}. */
    public record Row(String outcome, long count, Expect expect, String description) {
        public boolean observed() {
            return count > 0;
        }
    }

    public String simpleName() {
        return test.substring(test.lastIndexOf('.') + 1);
    }

    public long count(Expect expect) {
        return rows.stream().filter(r -> r.expect() == expect).mapToLong(Row::count).sum();
    }

    /** Forbidden outcomes and outcomes no {@code @Outcome} describes (jcstress's UNKNOWN). */
    public long forbiddenCount() {
        return count(Expect.FORBIDDEN) + count(Expect.UNKNOWN);
    }

    /** Reads a jcstress result blob: one histogram per test, in class-name order. */
    public static List<TestHistogram> read(Path blob) throws IOException {
        InProcessCollector collector = new InProcessCollector();
        DiskReadCollector reader = new DiskReadCollector(blob.toString(), collector);
        try {
            reader.dump();
        } catch (ClassNotFoundException e) {
            throw new IOException("unreadable jcstress result blob " + blob, e);
        } finally {
            reader.close();
        }
        Map<String, List<TestResult>> byTest = new java.util.TreeMap<>();
        for (TestResult r : collector.getTestResults()) {
            byTest.computeIfAbsent(r.getName(), k -> new ArrayList<>()).add(r);
        }
        List<TestHistogram> out = new ArrayList<>();
        byTest.forEach((name, forks) -> out.add(merge(name, forks)));
        return out;
    }

    private static TestHistogram merge(String name, List<TestResult> forks) {
        Status status = Status.NORMAL;
        Counter<String> counts = new Counter<>();
        Set<String> messages = new LinkedHashSet<>();
        Set<String> jvmArgs = new LinkedHashSet<>();
        long stressMillis = 0;
        for (TestResult r : forks) {
            status = status.combine(r.status());
            counts.merge(r.getCounter());
            messages.addAll(r.getMessages());
            if (r.getConfig() != null) {
                jvmArgs.addAll(r.getConfig().jvmArgs);
                stressMillis += (long) r.getConfig().time * r.getConfig().iters;
            }
        }
        TestInfo info = TestList.getInfo(name);
        if (info == null) {
            throw new IllegalStateException("jcstress reported test " + name
                    + " that is not in this class path's META-INF/TestList");
        }
        return new TestHistogram(name, status, forks.size(), counts.totalCount(), stressMillis,
                grade(info, counts), List.copyOf(messages), List.copyOf(jvmArgs));
    }

    private static List<Row> grade(TestInfo info, Counter<String> counts) {
        List<Row> observed = new ArrayList<>();
        Map<StateCase, Boolean> seen = new LinkedHashMap<>();
        info.cases().forEach(c -> seen.put(c, false));
        for (String state : counts.elementSet()) {
            StateCase match = info.cases().stream().filter(c -> c.matches(state)).findFirst().orElse(null);
            if (match != null) {
                seen.put(match, true);
            }
            StateCase grading = match != null ? match : info.unmatched();
            observed.add(new Row(state, counts.count(state), grading.expect(), grading.description()));
        }
        observed.sort((a, b) -> Long.compare(b.count(), a.count()));
        List<Row> rows = new ArrayList<>(observed);
        // Declared outcomes that did not show: "lost update: 0" is the point of a not-observed result.
        seen.forEach((c, wasSeen) -> {
            if (!wasSeen) {
                rows.add(new Row(c.matchPattern(), 0, c.expect(), c.description()));
            }
        });
        return List.copyOf(rows);
    }

    /** Which expectations a test declares, whatever was observed: buggy tests declare an interesting outcome. */
    public static Set<Expect> declaredExpectations(String test) {
        TestInfo info = TestList.getInfo(test);
        if (info == null) {
            return Set.of();
        }
        Set<Expect> out = new LinkedHashSet<>();
        info.cases().forEach(c -> out.add(c.expect()));
        out.add(info.unmatched().expect());
        return out;
    }
}
