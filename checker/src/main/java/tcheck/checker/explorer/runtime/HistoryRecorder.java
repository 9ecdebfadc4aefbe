package tcheck.checker.explorer.runtime;

import tcheck.checker.linearizability.History;
import tcheck.scenario.ObjectUnderTest;
import tcheck.specs.SequentialSpec;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records, per object under test, each operation's invocation and response in the order the
 * interleaving made them, for the linearizability checker. Only a thread's outermost call counts
 * (a withdraw that calls balance() inside is one operation). An operation that throws responds with
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
    private final Map<Integer, int[]> open = new HashMap<>(); // thread -> {depth, handle}
    private final Map<Integer, Recorded> openOn = new HashMap<>();

    HistoryRecorder(ObjectUnderTest out) {
        this.out = out;
        for (Method m : out.type().getMethods()) {
            operations.add(m.getName());
        }
    }

    boolean isOperation(Object receiver, String method) {
        return out.type().isInstance(receiver) && operations.contains(method);
    }

    void invoke(ThreadState t, Object receiver, String method, Object[] args, Execution ex, ObjectNames names) {
        int[] state = open.computeIfAbsent(t.id, k -> new int[] {0, -1});
        if (state[0]++ > 0) {
            return; // a call inside an operation is part of it
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
        state[1] = r.builder.invoke(t.name, method, plain);
        openOn.put(t.id, r);
    }

    void respond(ThreadState t, Object result) {
        int[] state = open.get(t.id);
        if (state == null || state[0] == 0) {
            return;
        }
        if (--state[0] == 0 && state[1] >= 0) {
            openOn.get(t.id).builder.respond(state[1], result instanceof Throwable ? result : PlainValues.of(result));
            state[1] = -1;
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
