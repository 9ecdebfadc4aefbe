package tcheck.checker.explorer.runtime;

import tcheck.checker.linearizability.History;
import tcheck.scenario.ObjectUnderTest;
import tcheck.specs.SequentialSpec;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records, per object under test, each operation's invocation and response in the order the
 * interleaving made them, for the linearizability checker. Only a thread's outermost call on the
 * object counts (a withdraw that calls balance() inside is one operation). An operation that throws responds with
 * the exception, which no sequential spec allows.
 */
final class HistoryRecorder {
    /** One object's history and spec. */
    record Recorded(String name, Object object, SequentialSpec<?> spec, History.Builder builder) {
    }

    private final ObjectUnderTest out;
    private final Set<String> operations = new HashSet<>();
    private final Map<Object, Recorded> objects = new IdentityHashMap<>();
    private final List<Recorded> order = new ArrayList<>();
    /** Per thread, the calls in progress: the operation a frame records, or null for a call inside one or not an operation. */
    private final Map<Integer, Deque<Frame>> calls = new HashMap<>();

    private record Frame(Recorded on, int handle) {
    }

    HistoryRecorder(ObjectUnderTest out) {
        this.out = out;
        for (Method m : out.type().getMethods()) {
            operations.add(m.getName());
        }
    }

    /** Every call between checked classes opens a frame, so each response pairs with its own call. */
    void invoke(ThreadState t, Object receiver, String method, Object[] args, Execution ex, ObjectNames names) {
        Deque<Frame> frames = calls.computeIfAbsent(t.id, k -> new ArrayDeque<>());
        boolean insideOperation = frames.stream().anyMatch(f -> f.on != null);
        if (insideOperation || !out.type().isInstance(receiver) || !operations.contains(method)) {
            frames.push(new Frame(null, -1)); // a call inside an operation is part of it
            return;
        }
        Recorded r = objects.get(receiver);
        if (r == null) {
            SequentialSpec<?>[] spec = new SequentialSpec<?>[1];
            ex.bypassing(() -> spec[0] = out.spec().apply(receiver));
            r = new Recorded(names.of(receiver), receiver, spec[0], History.builder());
            objects.put(receiver, r);
            order.add(r);
        }
        Object[] plain = Arrays.stream(args).map(PlainValues::of).toArray();
        frames.push(new Frame(r, r.builder.invoke(t.name, method, plain)));
    }

    void respond(ThreadState t, Object result) {
        Deque<Frame> frames = calls.get(t.id);
        if (frames == null || frames.isEmpty()) {
            return;
        }
        Frame f = frames.pop();
        if (f.on != null) {
            f.on.builder.respond(f.handle, result instanceof Throwable ? result : PlainValues.of(result));
        }
    }

    /** After every thread joined: the final observation, recorded as main's last operation. */
    void observeFinally(Execution ex) {
        if (out.finalObservation() == null) {
            return;
        }
        for (Recorded r : order) {
            ex.bypassing(() -> {
                int h = r.builder.invoke("main", out.finalObservation());
                Object result;
                try {
                    result = out.type().getMethod(out.finalObservation()).invoke(r.object);
                } catch (ReflectiveOperationException e) {
                    result = e.getCause() == null ? e : e.getCause();
                }
                r.builder.respond(h, result instanceof Throwable ? result : PlainValues.of(result));
            });
        }
    }

    List<Recorded> recorded() {
        return order;
    }
}
