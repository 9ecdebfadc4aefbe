package tcheck.engines.lincheck;

import kotlin.Unit;
import kotlin.reflect.KFunction;
import kotlin.reflect.jvm.ReflectJvmMapping;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;
import org.jetbrains.lincheck.datastructures.CustomScenarioDSLKt;
import org.jetbrains.lincheck.datastructures.DSLThreadScenario;
import org.jetbrains.lincheck.datastructures.Operation;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A hand-written Lincheck scenario, built from Java through Lincheck's scenario DSL: the textbook's
 * own interleaving-prone test ("deposit 5, then two threads withdraw 5") runs first, before the
 * random ones. Blocking buffers need this: a random scenario with more takes than puts would
 * legitimately wait forever.
 */
final class CustomScenario {
    /** One operation call: {@code call("withdraw", 5)}. */
    record Call(String operation, Object... args) {
    }

    private final Class<?> testClass;
    private final List<Call> initial = new ArrayList<>();
    private final List<List<Call>> threads = new ArrayList<>();
    private final List<Call> post = new ArrayList<>();

    private CustomScenario(Class<?> testClass) {
        this.testClass = testClass;
    }

    static CustomScenario of(Class<?> testClass) {
        return new CustomScenario(testClass);
    }

    static Call call(String operation, Object... args) {
        return new Call(operation, args);
    }

    CustomScenario initial(Call... calls) {
        initial.addAll(Arrays.asList(calls));
        return this;
    }

    /** Adds one parallel thread running these calls in order. */
    CustomScenario thread(Call... calls) {
        threads.add(List.of(calls));
        return this;
    }

    CustomScenario post(Call... calls) {
        post.addAll(Arrays.asList(calls));
        return this;
    }

    ExecutionScenario build() {
        return CustomScenarioDSLKt.scenario(b -> {
            if (!initial.isEmpty()) {
                b.initial(t -> add(t, initial));
            }
            b.parallel(p -> {
                for (List<Call> calls : threads) {
                    p.thread(t -> add(t, calls));
                }
                return Unit.INSTANCE;
            });
            if (!post.isEmpty()) {
                b.post(t -> add(t, post));
            }
            return Unit.INSTANCE;
        });
    }

    /** "init: deposit(5) | parallel: [withdraw(5)] [withdraw(5)]", for messages. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (!initial.isEmpty()) {
            sb.append("init ").append(show(initial)).append(", then ");
        }
        sb.append(String.join(" || ", threads.stream().map(CustomScenario::show).toList()));
        if (!post.isEmpty()) {
            sb.append(", then ").append(show(post));
        }
        return sb.toString();
    }

    private static String show(List<Call> calls) {
        return String.join("; ", calls.stream().map(c -> c.operation() + Arrays.toString(c.args())
                .replace('[', '(').replace(']', ')')).toList());
    }

    private Unit add(DSLThreadScenario thread, List<Call> calls) {
        for (Call c : calls) {
            thread.actor(function(c), c.args());
        }
        return Unit.INSTANCE;
    }

    /** The test class's {@code @Operation} method of that name and arity, as the DSL wants it. */
    private KFunction<?> function(Call c) {
        for (Class<?> k = testClass; k != null; k = k.getSuperclass()) {
            for (Method m : k.getDeclaredMethods()) {
                if (m.getName().equals(c.operation()) && m.getParameterCount() == c.args().length
                        && m.isAnnotationPresent(Operation.class)) {
                    KFunction<?> f = ReflectJvmMapping.getKotlinFunction(m);
                    if (f == null) {
                        throw new IllegalStateException("no Kotlin view of " + m);
                    }
                    return f;
                }
            }
        }
        throw new IllegalArgumentException(testClass.getSimpleName() + " has no @Operation " + c.operation()
                + " with " + c.args().length + " argument(s)");
    }
}
