package tcheck.engines.lincheck;

import org.jetbrains.lincheck.Lincheck;
import org.jetbrains.lincheck.datastructures.Options;
import tcheck.engines.Engine;
import tcheck.engines.EngineRun;
import tcheck.results.FailureKind;
import tcheck.results.Result;
import tcheck.scenario.Bound;
import tcheck.scenario.ObjectUnderTest;
import tcheck.scenario.Program;
import tcheck.scenario.Scenario;
import tcheck.scenario.Violation;
import tcheck.scenarios.depositwithdraw.Account;
import tcheck.scenarios.pcpcondition.BoundedBuffer;
import tcheck.scenarios.pcplock.PollingQueue;
import tcheck.scenarios.racecounter.Counter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static tcheck.engines.lincheck.CustomScenario.call;

/**
 * Lincheck (JetBrains), three ways. A variant whose concurrent object has a known interface
 * (counter, account, polling queue, bounded buffer: {@link #SHAPES}) is checked as a data structure,
 * the implementation the scenario's own program uses against the interface's sequential model from
 * {@code specs}, by model checking ({@code lincheck-model}) and stress ({@code lincheck-stress}),
 * textbook scenarios first. A whole program (no such object, or an object whose operations block)
 * runs under {@code Lincheck.runConcurrentTest}: its body and final check, model-checked
 * ({@code lincheck-program}). Every catalog variant gets one or the other, without naming it here.
 */
public final class LincheckEngine implements Engine {
    public static final String NAME = "lincheck";

    /**
     * How Lincheck drives each kind of object: its operations, the sequential model, the size of the
     * random scenarios, the textbook scenarios that run first, and whether its operations block.
     */
    record Shape(Class<?> operations, Class<?> model, Object[] constructorArgs, int threads, int actorsPerThread,
                 int actorsBefore, int actorsAfter, List<CustomScenario> textbook, boolean blocking) {
        String describe() {
            return threads + " threads x " + actorsPerThread + " operations" + (actorsBefore > 0 ? ", " + actorsBefore + " before" : "")
                    + (actorsAfter > 0 ? ", " + actorsAfter + " after" : "")
                    + (textbook.isEmpty() ? "" : "; " + (blocking ? "only" : "first") + " the textbook scenario(s) "
                    + String.join(", ", textbook.stream().map(c -> "[" + c + "]").toList()));
        }
    }

    static final Map<Class<?>, Shape> SHAPES = shapes();

    private static Map<Class<?>, Shape> shapes() {
        Map<Class<?>, Shape> m = new LinkedHashMap<>();
        m.put(Counter.class, new Shape(ObjectOperations.CounterOperations.class, SpecModels.CounterModel.class,
                new Object[0], 2, 2, 0, 1, List.of(), false));
        Class<?> acc = ObjectOperations.AccountOperations.class;
        m.put(Account.class, new Shape(acc, SpecModels.AccountModel.class, new Object[]{SpecModels.INITIAL_BALANCE}, 2, 2, 1, 1,
                List.of(CustomScenario.of(acc).thread(call("deposit", 1)).thread(call("deposit", 2)).post(call("balance")),
                        CustomScenario.of(acc).initial(call("deposit", 3)).thread(call("withdraw", 3)).thread(call("withdraw", 3))
                                .post(call("balance"))), false));
        Class<?> q = ObjectOperations.PollingQueueOperations.class;
        m.put(PollingQueue.class, new Shape(q, SpecModels.PollingQueueModel.class, new Object[0], 2, 2, 1, 1,
                List.of(CustomScenario.of(q).initial(call("put", 1)).thread(call("poll")).thread(call("poll"))), false));
        // Blocking: a random scenario with more takes than puts waits forever even on a correct buffer, so only
        // hand-written scenarios with as many puts as takes run (then a correct buffer always finishes).
        Class<?> b = ObjectOperations.BufferOperations.class;
        m.put(BoundedBuffer.class, new Shape(b, SpecModels.BoundedBufferModel.class, new Object[]{SpecModels.CAPACITY}, 2, 1, 0, 0,
                List.of(CustomScenario.of(b).thread(call("take")).thread(call("take")).thread(call("put", 1)).thread(call("put", 2)),
                        CustomScenario.of(b).thread(call("put", 1), call("put", 2)).thread(call("take")).thread(call("take")),
                        CustomScenario.of(b).thread(call("put", 1), call("take")).thread(call("put", 2), call("take")),
                        CustomScenario.of(b).thread(call("take"), call("take")).thread(call("put", 1)).thread(call("put", 2))),
                true));
        return m;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Lincheck: model checking and stress of the concurrent objects against their specs; runConcurrentTest for whole programs";
    }

    @Override
    public Map<String, String> options() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("model", System.getProperty("tcheck.lincheck.model", "10x50") + ": model checking, random scenarios x invocations each");
        o.put("stress", System.getProperty("tcheck.lincheck.stress", "4x100") + ": stress, random scenarios x invocations each");
        o.put("program", System.getProperty("tcheck.lincheck.program", "100") + ": runConcurrentTest invocations for a whole program");
        return o;
    }

    /** The data-structure shape for this variant's object, or null (a whole program). */
    static Shape shapeOf(Scenario s, Bound bound) {
        ObjectUnderTest o = s.objectUnderTest(bound);
        return o == null ? null : SHAPES.get(o.type());
    }

    @Override
    public List<Result> run(Scenario s, EngineRun run) {
        // a budget it cannot read is the user's mistake, said here whichever JVM would run Lincheck
        LincheckBudget budget = LincheckBudget.parse(run.option(this, "model"), run.option(this, "stress"), run.option(this, "program"));
        if (tcheck.checker.explorer.jdk.JdkControl.installed()) {
            // Lincheck's agent and the explorer's both rewrite the JDK: never in one JVM
            return LincheckChild.runForked(this, s, run);
        }
        Bound bound = run.boundFor(s);
        Shape shape = shapeOf(s, bound);
        List<Result> out = new ArrayList<>();
        if (shape != null) {
            Class<?> type = s.objectUnderTest(bound).type();
            Object sample = FreshObjects.find(s.newProgram(bound), type).orElseThrow(() -> new IllegalStateException(
                    s.id() + ": no " + type.getSimpleName() + " reachable from its program"));
            Supplier<Object> fresh = FreshObjects.maker(sample.getClass(), shape.constructorArgs());
            FreshObjects.use(fresh);
            String what = sample.getClass().getSimpleName() + " against " + shape.model().getSimpleName() + ", " + shape.describe();
            run.say("lincheck " + s.id() + ": model checking " + what);
            out.add(LincheckResults.toResult(s, LincheckResults.MODEL,
                    check(budget.modelOptions(shape.threads(), shape.actorsPerThread(), shape.actorsBefore(), shape.actorsAfter()), shape),
                    shape.blocking() ? "model checking " + budget.model()[1] + " invocations per scenario, " + what
                            : budget.describeModel(what), null, null));
            run.say("lincheck " + s.id() + ": stress");
            out.add(LincheckResults.toResult(s, LincheckResults.STRESS,
                    check(budget.stressOptions(shape.threads(), shape.actorsPerThread(), shape.actorsBefore(), shape.actorsAfter()), shape),
                    shape.blocking() ? "stress " + budget.stress()[1] + " invocations per scenario, " + what
                            : budget.describeStress(what), null, null));
        }
        if (shape == null || shape.blocking()) {
            run.say("lincheck " + s.id() + ": runConcurrentTest on the whole program at " + bound);
            out.add(wholeProgram(s, bound, budget.program()));
        }
        return out;
    }

    private static LincheckRun check(Options<?, ?> options, Shape shape) {
        if (shape.blocking()) {
            options.iterations(0); // no random scenarios: see the shapes
        }
        for (CustomScenario c : shape.textbook()) {
            options.addCustomScenario(c.build());
        }
        return LincheckRun.check(options.sequentialSpecification(shape.model()), shape.operations());
    }

    /**
     * {@code Lincheck.runConcurrentTest} on the program's own {@code run()} (which starts and joins its
     * threads) followed by {@code check()}.
     */
    static Result wholeProgram(Scenario scenario, Bound bound, int invocations) {
        // The kind of the scenario Violation a run threw (Lincheck prints only its message). A local, not a
        // static: Lincheck restores static fields the test body changed after each invocation.
        AtomicReference<String> violationKind = new AtomicReference<>();
        LincheckRun run = LincheckRun.capture(() -> Lincheck.runConcurrentTest(invocations, () -> {
            Program program = scenario.newProgram(bound);
            try {
                program.run();
            } catch (RuntimeException e) {
                violationKind.set(FailureKind.EXCEPTION.label()); // known even if Lincheck's report of it fails
                throw e;
            }
            try {
                program.check(); // thrown here, in the test body's own thread, so Lincheck sees it
            } catch (Violation v) {
                violationKind.set(v.kind());
                throw v;
            }
        }));
        String budget = "runConcurrentTest, " + invocations + " invocations, bound " + bound + " (" + scenario.boundMeaning() + ")";
        FailureKind kind = !run.failed() ? null
                : violationKind.get() != null ? FailureKind.of(violationKind.get()) : LincheckResults.kindOf(run.text());
        String note = null;
        if (run.failed() && scenario.expectedKind() != null && kind != FailureKind.of(scenario.expectedKind())) {
            note = "Lincheck showed it as '" + kind + "', the scenario's expected kind is '" + scenario.expectedKind()
                    + "' (a different symptom of the same bug, or Lincheck's own wording)";
        }
        return LincheckResults.toResult(scenario, LincheckResults.PROGRAM, run, budget, note, kind);
    }
}
