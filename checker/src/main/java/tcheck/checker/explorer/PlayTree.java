package tcheck.checker.explorer;

import tcheck.checker.explorer.search.Probe;
import tcheck.results.FailureKind;
import tcheck.results.TraceStep;
import tcheck.results.Verdict;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every way a person playing the scheduler can go, up to a number of positions: the tree of schedule
 * prefixes, each position found by running the real program with that prefix ({@link Probe}). A
 * position is either a decision (threads that can run, or waiters a notify may wake, with what each
 * would do) or the end of the program (its verdict). The report's play page walks this tree in the
 * browser, so the page needs no explorer; positions beyond the limit are marked as not computed, and
 * {@code tcheck play} continues from there.
 *
 * <p>Each position keeps only the steps since its parent's decision, so the tree stores each step once
 * per prefix rather than once per position on the path.
 */
public final class PlayTree {
    /** One option at a decision: the schedule token that picks it, the thread, what it would do. */
    public record Option(String token, String thread, String next) {
    }

    /**
     * @param prefix   the schedule that leads here (dot-separated tokens, "" at the start)
     * @param steps    the steps since the parent position's decision (from the start, at the root)
     * @param question a decision's question, null at an end
     * @param options  a decision's options; empty at an end
     * @param verdict  at an end: counterexample, passed or error; null at a decision
     */
    public record Position(String prefix, List<TraceStep> steps, String question, List<Option> options,
                           Verdict verdict, FailureKind kind, String message, Integer preemptions) {
    }

    private final List<Position> positions;
    private final boolean complete;

    private PlayTree(List<Position> positions, boolean complete) {
        this.positions = positions;
        this.complete = complete;
    }

    /** Positions in breadth-first order (the root first). */
    public List<Position> positions() {
        return positions;
    }

    /** Whether every position was computed (else some decisions lead to positions left out). */
    public boolean complete() {
        return complete;
    }

    /** The ends of the tree: one per distinct execution a scheduler can choose. */
    public List<Position> ends() {
        return positions.stream().filter(p -> p.verdict() != null).toList();
    }

    /** Computes positions breadth first, at most {@code maxPositions} of them. */
    public static PlayTree build(ProgramSource source, ExplorerOptions options, int maxPositions) {
        Explorer explorer = new Explorer(source, options, null);
        List<Position> out = new ArrayList<>();
        Deque<String[]> todo = new ArrayDeque<>(); // {prefix, steps the parent showed}
        todo.add(new String[]{"", "0"});
        while (!todo.isEmpty() && out.size() < maxPositions) {
            String[] next = todo.poll();
            String prefix = next[0];
            int from = Integer.parseInt(next[1]);
            Position p;
            try {
                p = position(explorer, prefix, from);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("the program chose differently when run again with " + prefix + ": " + e.getMessage());
            }
            out.add(p);
            for (Option o : p.options()) {
                todo.add(new String[]{prefix.isEmpty() ? o.token() : prefix + "." + o.token(), String.valueOf(from + p.steps().size())});
            }
        }
        return new PlayTree(List.copyOf(out), todo.isEmpty());
    }

    /**
     * The position {@code prefix} leads to, found by running the program with it: the steps from index
     * {@code from} (those a player has not seen yet) up to the next decision, and that decision or the
     * end. Throws IllegalArgumentException, saying why, when the prefix does not fit the program.
     */
    public static Position position(Explorer explorer, String prefix, int from) {
        Probe probe = new Probe(prefix);
        Exploration e = explorer.probe(probe);
        if (probe.problem() != null) {
            throw new IllegalArgumentException(probe.problem());
        }
        Probe.Choice c = probe.choice();
        List<TraceStep> trace = e.trace();
        // a notify's step is shown once its waiter is chosen: before, it carries the default waiter's words
        int upTo = c == null ? trace.size() : Math.min(trace.size(), c.step());
        List<TraceStep> steps = List.copyOf(trace.subList(Math.min(from, upTo), upTo));
        if (c == null) {
            return new Position(prefix, steps, null, List.of(), e.verdict(), e.kind(), e.message(), e.preemptions());
        }
        List<Option> opts = new ArrayList<>();
        for (int id : c.options()) {
            String name = id < e.threads().size() ? e.threads().get(id) : "thread " + id;
            opts.add(new Option((c.waiter() ? "w" : "") + id, name, c.next().getOrDefault(id, "")));
        }
        String question = c.waiter() && c.step() < trace.size()
                ? trace.get(c.step()).thread() + " " + withoutWoken(trace.get(c.step()).action()) + " wakes one of the waiting threads. Which one?"
                : "Who runs next?";
        return new Position(prefix, steps, question, List.copyOf(opts), null, null, null, null);
    }

    /** A notify step's words without the waiter the default choice woke. */
    public static String withoutWoken(String action) {
        int arrow = action.indexOf(" -> ");
        return arrow < 0 ? action : action.substring(0, arrow);
    }

    /** The tree as plain maps and lists, for JSON. */
    public Map<String, Object> toJson(String scenario, String title, String lesson, String bound) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario);
        m.put("title", title);
        m.put("lesson", lesson);
        m.put("bound", bound);
        m.put("complete", complete);
        m.put("positions", positions);
        return m;
    }
}
