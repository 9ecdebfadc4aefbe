package tcheck.checker.bench;

import tcheck.checker.explorer.ProgramSource;
import tcheck.checker.explorer.instrument.InstrumentingClassLoader;
import tcheck.checker.explorer.runtime.Execution;
import tcheck.checker.explorer.runtime.ExecutionOptions;
import tcheck.checker.explorer.runtime.OpKind;
import tcheck.checker.explorer.runtime.Step;
import tcheck.checker.explorer.search.Strategy;
import tcheck.scenario.Program;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts Mazurkiewicz traces independently of the search: every execution is reduced to the
 * canonical form of its happens-before order (program order, conflicting accesses in the order they
 * happened, start before the child's first step, the joined thread's last step before the join),
 * the lexicographically least linearization of that order. Two executions are equivalent exactly
 * when their canonical forms are equal; the number of distinct forms over all executions of a
 * complete search (naive depth-first) is the number of traces, the optimum a DPOR can reach.
 */
public final class Mazurkiewicz {
    private Mazurkiewicz() {
    }

    /** What one search covered. */
    public record Coverage(String strategy, long executions, long redundant, Set<String> traces, Set<String> outcomes,
                           boolean complete, long millis, long steps, long threads) {
        /** Executions per trace covered: 1.0 is optimal. */
        public double ratio() {
            return executions / (double) Math.max(1, traces.size());
        }
    }

    /** Runs {@code strategy} to the end (or {@code cap} executions), collecting traces and final outcomes. */
    public static Coverage explore(ProgramSource source, Strategy strategy, long cap) {
        return explore(source, strategy, cap, false);
    }

    /** @param record record every execution's trace as the explorer did before it rendered only the reported one */
    public static Coverage explore(ProgramSource source, Strategy strategy, long cap, boolean record) {
        ClassLoader loader = new InstrumentingClassLoader(source.instrumenter().source(), source.instrumenter());
        Set<String> traces = new HashSet<>();
        Set<String> outcomes = new TreeSet<>();
        long executions = 0;
        long redundant = 0;
        long steps = 0;
        long threads = 0;
        long start = System.nanoTime();
        while (strategy.hasNext() && executions < cap) {
            strategy.begin();
            Execution ex = new Execution(strategy, ExecutionOptions.defaults());
            ex.recordTrace(record);
            Program[] program = new Program[1];
            ex.run(() -> program[0] = source.newProgram(loader));
            executions++;
            steps += ex.steps().size();
            threads += ex.threadNames().size();
            strategy.end(ex);
            if (ex.redundant()) {
                redundant++;
                continue;
            }
            traces.add(canonical(ex, objectPaths(program[0] instanceof BenchSource.Instance i ? i.body() : program[0])));
            String failure = ex.failure() == null ? "" : " " + ex.failure().kind() + ": " + ex.failure().message();
            outcomes.add(outcome(program[0]) + failure);
        }
        return new Coverage(strategy.name(), executions, redundant, traces, outcomes, strategy.exhausted(),
                (System.nanoTime() - start) / 1_000_000, steps, threads);
    }

    /**
     * Names for the objects reachable from the program object by their path ({@code table[3]}):
     * the same in every execution, unlike the explorer's names, which number objects in the order
     * an execution first touches them (and so may differ between equivalent executions).
     */
    public static Map<Object, String> objectPaths(Object root) {
        Map<Object, String> paths = new IdentityHashMap<>();
        ArrayDeque<Object> queue = new ArrayDeque<>();
        paths.put(root, "this");
        queue.add(root);
        while (!queue.isEmpty()) {
            Object o = queue.poll();
            String at = paths.get(o);
            if (o.getClass().isArray()) {
                if (!o.getClass().getComponentType().isPrimitive()) {
                    Object[] a = (Object[]) o;
                    for (int i = 0; i < a.length; i++) {
                        visit(paths, queue, a[i], at + "[" + i + "]");
                    }
                }
                continue;
            }
            if (o.getClass().getName().startsWith("java.")) {
                continue;
            }
            for (Field f : o.getClass().getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    visit(paths, queue, f.get(o), at + "." + f.getName());
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // not reachable this way
                }
            }
        }
        return paths;
    }

    private static void visit(Map<Object, String> paths, ArrayDeque<Object> queue, Object v, String path) {
        boolean value = v instanceof String || v instanceof Boolean || v instanceof Character
                || v instanceof Number && v.getClass().getName().startsWith("java.lang.");
        if (v != null && !value && !paths.containsKey(v)) {
            paths.put(v, path);
            queue.add(v);
        }
    }

    private static String outcome(Program p) {
        try {
            Map<String, Object> state = p.sharedState();
            return String.valueOf(state == null ? null : state.containsKey("outcome") ? state.get("outcome") : state);
        } catch (RuntimeException e) {
            return "unreadable: " + e;
        }
    }

    /** The canonical form of the execution's happens-before order (objects named by {@code paths} where known). */
    public static String canonical(Execution ex, Map<Object, String> paths) {
        List<Step> steps = ex.steps();
        List<String> names = ex.threadNames();
        int n = steps.size();
        List<List<Integer>> succ = new ArrayList<>();
        int[] preds = new int[n];
        for (int i = 0; i < n; i++) {
            succ.add(new ArrayList<>());
        }
        Map<Integer, Integer> lastOf = new HashMap<>();
        Map<String, Integer> startOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Step s = steps.get(i);
            Set<Integer> from = new HashSet<>();
            Integer prev = lastOf.get(s.thread);
            if (prev != null) {
                from.add(prev);
            } else if (startOf.containsKey(s.threadName)) {
                from.add(startOf.get(s.threadName)); // the child's first step comes after its start
            }
            for (int j = 0; j < i; j++) {
                Step e = steps.get(j);
                if (e.thread != s.thread && e.op.dependsOn(s.op)) {
                    from.add(j);
                }
            }
            if (s.op.kind() == OpKind.JOIN && s.op.target() instanceof Thread t) {
                int target = names.indexOf(t.getName());
                if (lastOf.containsKey(target)) {
                    from.add(lastOf.get(target)); // the joined thread's last step comes before the join
                }
            }
            if (s.op.kind() == OpKind.START && s.op.target() instanceof Thread t) {
                startOf.put(t.getName(), i);
            }
            for (int j : from) {
                succ.get(j).add(i);
                preds[i]++;
            }
            lastOf.put(s.thread, i);
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>((a, b) -> steps.get(a).thread != steps.get(b).thread
                ? Integer.compare(steps.get(a).thread, steps.get(b).thread) : Integer.compare(a, b));
        for (int i = 0; i < n; i++) {
            if (preds[i] == 0) {
                ready.add(i);
            }
        }
        StringBuilder out = new StringBuilder();
        while (!ready.isEmpty()) {
            int i = ready.poll();
            Step s = steps.get(i);
            Object target = s.op.target();
            String object = target instanceof Thread t ? t.getName() : paths.getOrDefault(target, s.op.key());
            out.append(s.thread).append(':').append(s.op.kind()).append(':').append(object).append(':').append(s.op.slot())
                    .append(s.op.write() ? ":w" : "").append(' ');
            for (int j : succ.get(i)) {
                if (--preds[j] == 0) {
                    ready.add(j);
                }
            }
        }
        return out.toString();
    }
}
