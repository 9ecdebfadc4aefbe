package tcheck.scenario;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Every scenario variant by its stable id ({@code family/variant}). Tools, tests and the command
 * line all name scenarios through here, so an id means the same thing everywhere.
 */
public final class Catalog {
    /** In teaching order: families as the seed material introduces them, buggy before fixed. */
    private static final List<Class<? extends Scenario>> SCENARIOS = List.of(
            // race-counter
            tcheck.scenarios.racecounter.UnsynchronizedCounterScenario.class,
            tcheck.scenarios.racecounter.SynchronizedCounterScenario.class,
            tcheck.scenarios.racecounter.AtomicCounterScenario.class,
            // deposit-withdraw
            tcheck.scenarios.depositwithdraw.UnsynchronizedAccountScenario.class,
            tcheck.scenarios.depositwithdraw.CheckThenWithdrawScenario.class,
            tcheck.scenarios.depositwithdraw.LockedAccountScenario.class,
            // pcp-lock
            tcheck.scenarios.pcplock.CheckOutsideLockScenario.class,
            tcheck.scenarios.pcplock.CheckUnderLockScenario.class,
            // pcp-condition
            tcheck.scenarios.pcpcondition.IfWaitScenario.class,
            tcheck.scenarios.pcpcondition.LostWakeupScenario.class,
            tcheck.scenarios.pcpcondition.TwoConditionsScenario.class,
            tcheck.scenarios.pcpcondition.NotifyAllScenario.class,
            // philosophers
            tcheck.scenarios.philosophers.GreedyScenario.class,
            tcheck.scenarios.philosophers.GenerousScenario.class,
            tcheck.scenarios.philosophers.OrderedScenario.class,
            tcheck.scenarios.philosophers.WaiterScenario.class,
            tcheck.scenarios.philosophers.SeatedScenario.class,
            // event-readers
            tcheck.scenarios.eventreaders.InPlaceScenario.class,
            tcheck.scenarios.eventreaders.SnapshotScenario.class,
            // semaphore-pool
            tcheck.scenarios.semaphore.OverReleaseScenario.class,
            tcheck.scenarios.semaphore.BoundedFailsFastScenario.class,
            tcheck.scenarios.semaphore.ReleaseOnceScenario.class,
            // synchronized-queue
            tcheck.scenarios.synchronizedqueue.IfSplitLocksScenario.class,
            tcheck.scenarios.synchronizedqueue.WhileSplitLocksScenario.class,
            tcheck.scenarios.synchronizedqueue.OneLockScenario.class,
            // simple-queue
            tcheck.scenarios.simplequeue.UnusedLockScenario.class,
            tcheck.scenarios.simplequeue.LockedScenario.class,
            // interleaved-printing
            tcheck.scenarios.printing.PiecewiseScenario.class,
            tcheck.scenarios.printing.LockedScenario.class,
            // barrier
            tcheck.scenarios.barrier.OnePartyTooManyScenario.class,
            tcheck.scenarios.barrier.OneAwaitPerRoundScenario.class,
            tcheck.scenarios.barrier.TwoAwaitsPerRoundScenario.class,
            tcheck.scenarios.barrier.DoubleBufferedScenario.class,
            tcheck.scenarios.barrier.PhaserScenario.class,
            // worker-pool
            tcheck.scenarios.workerpool.EmptyThenTakeScenario.class,
            tcheck.scenarios.workerpool.PillNotDoneScenario.class,
            tcheck.scenarios.workerpool.MissingPillScenario.class,
            tcheck.scenarios.workerpool.PillPerWorkerScenario.class,
            tcheck.scenarios.workerpool.ExecutorScenario.class,
            // lock-order
            tcheck.scenarios.lockorder.OppositeOrderScenario.class,
            tcheck.scenarios.lockorder.BackOffScenario.class,
            tcheck.scenarios.lockorder.GlobalOrderScenario.class,
            tcheck.scenarios.lockorder.GiveUpScenario.class
    );

    private Catalog() {
    }

    /** The scenario classes, for engines that load them through their own class loader. */
    public static List<Class<? extends Scenario>> classes() {
        return SCENARIOS;
    }

    public static List<Scenario> all() {
        List<Scenario> out = new ArrayList<>();
        for (Class<? extends Scenario> c : SCENARIOS) {
            out.add(instantiate(c));
        }
        return out;
    }

    public static List<String> ids() {
        return all().stream().map(Scenario::id).toList();
    }

    public static List<String> families() {
        return List.copyOf(new LinkedHashSet<>(all().stream().map(Scenario::family).toList()));
    }

    /** The scenario with this exact id. */
    public static Scenario get(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new UnknownScenarioException(id, ids()));
    }

    /** An exact id, or a family name (all its variants), or "all". */
    public static List<Scenario> select(String idOrFamily) {
        if (idOrFamily.equals("all")) {
            return all();
        }
        List<Scenario> family = all().stream().filter(s -> s.family().equals(idOrFamily)).toList();
        return family.isEmpty() ? List.of(get(idOrFamily)) : family;
    }

    /** Instantiates a scenario class through whichever loader defined it. */
    public static Scenario instantiate(Class<?> c) {
        try {
            return (Scenario) c.getDeclaredConstructor().newInstance();
        } catch (InstantiationException | IllegalAccessException | NoSuchMethodException e) {
            throw new IllegalStateException("scenario class " + c.getName() + " needs a public no-arg constructor", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("scenario class " + c.getName() + " failed to construct", e.getCause());
        }
    }
}
