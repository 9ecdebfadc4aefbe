package tcheck.checker.explorer.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The livelock with the fewest preemptions, then the fewest switches between threads, then the fewest
 * steps, on a complete {@link StateGraph}:
 * a lasso, a path from the start to a state and a lap from that state back to it in which every
 * thread enabled somewhere on the way round takes a step (a fair cycle, as the livelock watch requires).
 * Its cost is that of the prefix and one lap, as a lasso's preemptions are counted: a step is a
 * preemption when the thread that ran before could have gone on.
 *
 * <p>Shortest paths by Dijkstra's algorithm: first from the start to every (state, thread that ran
 * last); then, from each state on a cycle of the graph in order of its distance, over (state, last
 * thread, the threads moved so far, the threads enabled so far) back to that state; the lap is fair
 * when it closes with every thread enabled on it moved. A search from a state stops at the best lasso found so far, so the states far
 * from the start cost little.
 */
public final class CheapestLasso {
    /** A lasso: the thread of each step of the prefix, then of one lap. */
    public record Lasso(List<Integer> prefix, List<Integer> lap, int preemptions) {
        /** Its schedule for {@link Replay}: the choices where more than one thread could run, the lap's to repeat. */
        public String schedule(StateGraph graph) {
            long state = graph.initial();
            List<String> before = new ArrayList<>();
            List<String> round = new ArrayList<>();
            for (int i = 0; i < prefix.size() + lap.size(); i++) {
                int t = i < prefix.size() ? prefix.get(i) : lap.get(i - prefix.size());
                StateGraph.State s = graph.states().get(state);
                if (s.enabled().size() > 1) {
                    (i < prefix.size() ? before : round).add(String.valueOf(t));
                }
                state = s.next(t);
            }
            return round.isEmpty() ? String.join(".", before) : Replay.lasso(before, round); // a lap with no choice follows by default
        }
    }

    // fewest preemptions first, then fewest switches between threads (each begins a line of the folded
    // trace), then fewest steps
    private static final long STEP = 1;
    private static final long SWITCH = 1L << 20;
    private static final long PREEMPTION = 1L << 40;

    private final StateGraph graph;
    private final long[] hashes;
    private final Map<Long, Integer> index = new HashMap<>();
    private final int[][] enabled;
    private final int[][] next; // next[i][k]: index of the state enabled[i][k] leads to, -1 for none
    private final int threads;
    /** The values a last thread can take, -1 (none yet) .. threads-1, stored as last + 1. */
    private final int lasts;

    private CheapestLasso(StateGraph graph) {
        this.graph = graph;
        int n = graph.states().size();
        hashes = new long[n];
        enabled = new int[n][];
        next = new int[n][];
        int i = 0;
        int maxThread = 0;
        for (Map.Entry<Long, StateGraph.State> e : graph.states().entrySet()) {
            hashes[i] = e.getKey();
            index.put(e.getKey(), i);
            enabled[i] = e.getValue().enabled().stream().mapToInt(Integer::intValue).toArray();
            for (int t : enabled[i]) {
                maxThread = Math.max(maxThread, t);
            }
            i++;
        }
        threads = maxThread + 1;
        lasts = threads + 1;
        for (i = 0; i < n; i++) {
            StateGraph.State s = graph.states().get(hashes[i]);
            next[i] = new int[enabled[i].length];
            for (int k = 0; k < enabled[i].length; k++) {
                Long to = s.next(enabled[i][k]);
                if (to == null) {
                    throw new IllegalArgumentException("the state graph is not complete");
                }
                next[i][k] = to == StateGraph.END ? -1 : index.get(to);
            }
        }
    }

    /**
     * The cheapest fair lasso of a complete graph, or null when the graph has none (no livelock at
     * all among the states it tells apart).
     */
    public static Lasso of(StateGraph graph) {
        if (graph.incomplete() != null || !graph.exhausted()) {
            throw new IllegalArgumentException("the state graph is not complete");
        }
        return new CheapestLasso(graph).find();
    }

    private Lasso find() {
        int n = hashes.length;
        if (threads > 16) {
            throw new IllegalArgumentException("more than 16 threads: too many to track which moved on a lap");
        }
        long[] dist = new long[n * lasts];
        int[] from = new int[n * lasts];
        Arrays.fill(dist, Long.MAX_VALUE);
        int start = index.get(graph.initial());
        dist[start * lasts] = 0;
        CostQueue queue = new CostQueue();
        queue.add(0, start * lasts);
        while (!queue.isEmpty()) {
            long topCost = queue.topCost();
            int key = (int) queue.topKey();
            queue.pop();
            if (topCost > dist[key]) {
                continue;
            }
            int i = key / lasts;
            int last = key % lasts - 1;
            for (int k = 0; k < enabled[i].length; k++) {
                int j = next[i][k];
                if (j < 0) {
                    continue;
                }
                int t = enabled[i][k];
                int to = j * lasts + t + 1;
                long d = topCost + cost(i, last, t);
                if (d < dist[to]) {
                    dist[to] = d;
                    from[to] = key;
                    queue.add(d, to);
                }
            }
        }
        int[] component = components();
        List<Integer> candidates = new ArrayList<>();
        long[] nearest = new long[n];
        for (int i = 0; i < n; i++) {
            nearest[i] = Long.MAX_VALUE;
            for (int l = 0; l < lasts; l++) {
                nearest[i] = Math.min(nearest[i], dist[i * lasts + l]);
            }
            if (component[i] >= 0 && nearest[i] != Long.MAX_VALUE) {
                candidates.add(i);
            }
        }
        candidates.sort((a, b) -> nearest[a] != nearest[b] ? Long.compare(nearest[a], nearest[b]) : Integer.compare(a, b));
        long best = Long.MAX_VALUE;
        Lasso lasso = null;
        for (int s0 : candidates) {
            if (nearest[s0] >= best) {
                break;
            }
            Lap lap = cheapestLap(s0, component, dist, best);
            if (lap != null && lap.cost < best) {
                best = lap.cost;
                List<Integer> prefix = new ArrayList<>();
                for (int key = lap.startKey; key != start * lasts; key = from[key]) {
                    prefix.add(key % lasts - 1);
                }
                Collections.reverse(prefix);
                lasso = new Lasso(prefix, lap.threads, (int) (best / PREEMPTION));
            }
        }
        return lasso;
    }

    private record Lap(long cost, int startKey, List<Integer> threads) {
    }

    /** The cheapest fair lap from {@code s0} within its component, entered from any last thread; null if none below {@code bound}. */
    private Lap cheapestLap(int s0, int[] component, long[] prefixDist, long bound) {
        LapTable table = new LapTable();
        CostQueue queue = new CostQueue();
        for (int l = 0; l < lasts; l++) {
            long d = prefixDist[s0 * lasts + l];
            if (d != Long.MAX_VALUE) {
                long key = key(s0, l, 0, 0);
                table.start(key, d);
                queue.add(d, key);
            }
        }
        while (!queue.isEmpty()) {
            long topCost = queue.topCost();
            long key = queue.topKey();
            queue.pop();
            if (topCost >= bound) {
                return null;
            }
            if (topCost > table.cost(key)) {
                continue;
            }
            int i = (int) (key >>> 40);
            int l = (int) ((key >>> 32) & 0xFF);
            long moved = (key >>> 16) & 0xFFFF;
            long seen = key & 0xFFFF;
            if (i == s0 && moved != 0 && (seen & ~moved) == 0) {
                List<Integer> lap = new ArrayList<>();
                long k = key;
                for (int t; (t = table.thread(k)) >= 0; k = table.from(k)) {
                    lap.add(t);
                }
                Collections.reverse(lap);
                int startLast = (int) ((k >>> 32) & 0xFF);
                return new Lap(topCost, s0 * lasts + startLast, lap);
            }
            long seenHere = seen | mask(enabled[i]);
            for (int m = 0; m < enabled[i].length; m++) {
                int j = next[i][m];
                if (j < 0 || component[j] != component[s0]) {
                    continue;
                }
                int t = enabled[i][m];
                long to = key(j, t + 1, moved | (1L << t), seenHere);
                long d = topCost + cost(i, l - 1, t);
                if (d < table.cost(to)) {
                    table.reach(to, d, key, t);
                    queue.add(d, to);
                }
            }
        }
        return null;
    }

    private static long key(int state, int last, long moved, long seen) {
        return ((long) state << 40) | ((long) last << 32) | (moved << 16) | seen;
    }

    private long cost(int state, int last, int t) {
        boolean preemption = last >= 0 && last != t && contains(enabled[state], last);
        return STEP + (last >= 0 && last != t ? SWITCH : 0) + (preemption ? PREEMPTION : 0);
    }

    private static boolean contains(int[] a, int x) {
        for (int v : a) {
            if (v == x) {
                return true;
            }
        }
        return false;
    }

    private static long mask(int[] ts) {
        long m = 0;
        for (int t : ts) {
            m |= 1L << t;
        }
        return m;
    }

    /** Each state's strongly connected component if it lies on a cycle, else -1 (Tarjan's, without recursion). */
    private int[] components() {
        int n = hashes.length;
        int[] order = new int[n];
        int[] low = new int[n];
        int[] comp = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(order, -1);
        Arrays.fill(comp, -1);
        int[] stack = new int[n];
        int top = 0;
        int counter = 0;
        int components = 0;
        int[] callState = new int[n];
        int[] callEdge = new int[n];
        for (int root = 0; root < n; root++) {
            if (order[root] >= 0) {
                continue;
            }
            int depth = 0;
            callState[0] = root;
            callEdge[0] = 0;
            order[root] = low[root] = counter++;
            stack[top++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callState[depth];
                if (callEdge[depth] < next[v].length) {
                    int w = next[v][callEdge[depth]++];
                    if (w < 0) {
                        continue;
                    }
                    if (order[w] < 0) {
                        order[w] = low[w] = counter++;
                        stack[top++] = w;
                        onStack[w] = true;
                        depth++;
                        callState[depth] = w;
                        callEdge[depth] = 0;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                    continue;
                }
                if (low[v] == order[v]) {
                    int size = 0;
                    int w;
                    boolean selfLoop = false;
                    for (int x : next[v]) {
                        selfLoop |= x == v;
                    }
                    do {
                        w = stack[--top];
                        onStack[w] = false;
                        comp[w] = components;
                        size++;
                    } while (w != v);
                    if (size == 1 && !selfLoop) {
                        comp[v] = -1;
                    }
                    components++;
                }
                depth--;
                if (depth >= 0) {
                    int parent = callState[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        return comp;
    }
}
