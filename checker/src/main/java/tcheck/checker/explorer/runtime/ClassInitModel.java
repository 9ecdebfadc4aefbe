package tcheck.checker.explorer.runtime;

import tcheck.checker.explorer.instrument.InstrumentingClassLoader;
import tcheck.checker.explorer.instrument.Sites;
import tcheck.checker.explorer.instrument.StaticInitializers;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JVM's class-initialization lock (JLS 12.4.2), for the classes under test that declare a static
 * initializer. The thread that first uses such a class owns its initialization until its initializer
 * ends; another thread that uses the class meanwhile waits (a modelled wait: the real thread never
 * reaches the JVM's lock while another holds it); the owner using it again passes. Using a class
 * initializes its super classes first, each under its own lock, so two initializers that use each
 * other from two threads are the deadlock a JVM shows.
 *
 * <p>Taking a class's lock is a step ({@link OpKind#CLASS_INIT}, dependent on every other step on the
 * same class): while the class is not initialized, and for each other thread's first use of a class
 * initialized during the execution (who initializes it is then a choice of the schedule). A class
 * initialized before the execution (by building the program) costs no step.
 */
final class ClassInitModel implements PrimitiveModel {
    /** What every execution knows of a class: whether it declares an initializer, and whether its initialization ended. */
    private static final class Mark {
        final boolean declares;
        volatile boolean ended;
        /** The execution whose controlled thread initialized the class, if one did. */
        volatile Execution during;

        Mark(Class<?> c) {
            declares = StaticInitializers.declares(c.getName());
        }
    }

    private static final ClassValue<Mark> MARKS = new ClassValue<>() {
        @Override
        protected Mark computeValue(Class<?> c) {
            return new Mark(c);
        }
    };

    /** A class and its super classes under test, the class first: what using it initializes. */
    private static final ClassValue<Class<?>[]> CHAINS = new ClassValue<>() {
        @Override
        protected Class<?>[] computeValue(Class<?> c) {
            List<Class<?>> chain = new ArrayList<>();
            for (Class<?> x = c; x != null && x.getClassLoader() instanceof InstrumentingClassLoader; x = x.getSuperclass()) {
                chain.add(x);
                if (x.isInterface()) {
                    break; // an interface's initialization does not initialize its super interfaces
                }
            }
            return chain.toArray(new Class<?>[0]);
        }
    };

    private final Map<Class<?>, ThreadState> owners = new IdentityHashMap<>();
    private final Map<Class<?>, ThreadState> initializedBy = new IdentityHashMap<>();
    private final Map<Class<?>, VectorClock> released = new IdentityHashMap<>();
    private final Map<ThreadState, Set<Class<?>>> used = new IdentityHashMap<>();

    @Override
    public Set<OpKind> kinds() {
        return Set.of(OpKind.CLASS_INIT);
    }

    /** Whether the class's initialization ended: its own initializer ended, or it has none and its super classes' ended. */
    private static boolean ended(Class<?> c) {
        Class<?>[] chain = CHAINS.get(c);
        for (Class<?> x : chain) {
            Mark m = MARKS.get(x);
            if (m.ended) {
                return true;
            }
            if (m.declares) {
                return false;
            }
        }
        return true;
    }

    /** The first class of the chain from {@code c} that declares an initializer, or null. */
    private static Class<?> firstDeclaring(Class<?> c) {
        for (Class<?> x : CHAINS.get(c)) {
            if (MARKS.get(x).declares) {
                return x;
            }
        }
        return null;
    }

    private static String name(Class<?> c) {
        String n = c.getName();
        return "class " + n.substring(n.lastIndexOf('.') + 1).replace('$', '.');
    }

    // ------------------------------------------------------------------ the hooks

    /** Before an instruction that initializes {@code c} if it is not yet: takes the init locks the JVM would. */
    static void touch(Class<?> c, int site) {
        ThreadState me = Execution.CURRENT.get();
        if (me == null || me.bypass) {
            return;
        }
        if (ended(c)) {
            Class<?> d = firstDeclaring(c);
            if (d == null || MARKS.get(d).during != me.execution) {
                return; // initialized before this execution: nothing to order
            }
        }
        Execution ex = me.execution;
        ClassInitModel model = ex.classInits();
        List<Class<?>> taken = new ArrayList<>();
        for (Class<?> x : CHAINS.get(c)) {
            boolean firstUse;
            synchronized (ex) {
                if (model.owners.get(x) == me) {
                    break; // its initialization is this thread's own, in progress: the JVM lets it through
                }
                firstUse = ended(x) && model.firstUse(me, firstDeclaring(x));
                if (ended(x) && !firstUse) {
                    break;
                }
            }
            Class<?> target = firstUse ? firstDeclaring(x) : x;
            Object r = ex.perform(me, new Op(OpKind.CLASS_INIT, name(target), null, true, Sites.get(site), target));
            if (!Boolean.TRUE.equals(r)) {
                break; // initialized (meanwhile): so are its super classes
            }
            taken.add(x);
        }
        if (taken.isEmpty()) {
            return;
        }
        try {
            Class.forName(c.getName(), true, c.getClassLoader()); // the JVM runs the initializers, super classes first
        } catch (ClassNotFoundException e) {
            throw new NoClassDefFoundError(c.getName());
        } finally {
            synchronized (ex) {
                for (Class<?> x : taken) {
                    model.ended(me, x);
                }
            }
        }
    }

    /** An initializer begins. Returns a token for {@link #end}: 1 when run by a controlled thread. */
    static int begin(Class<?> c) {
        ThreadState me = Execution.CURRENT.get();
        if (me == null || me.bypass) {
            return 0;
        }
        synchronized (me.execution) {
            // reached without a touch (reflection, a JDK call): the thread owns it all the same
            me.execution.classInits().owners.putIfAbsent(c, me);
        }
        me.atomicDepth++;
        me.classInitDepth++;
        return 1;
    }

    /** An initializer ended, normally or by an exception (then the class is erroneous: no one waits for it again). */
    static void end(int token, Class<?> c) {
        MARKS.get(c).ended = true;
        if (token == 0) {
            return;
        }
        ThreadState me = Execution.CURRENT.get();
        if (me == null) {
            return;
        }
        synchronized (me.execution) {
            me.execution.classInits().ended(me, c);
        }
        if (me.atomicDepth > 0) {
            me.atomicDepth--;
            me.classInitDepth--;
        }
    }

    // ------------------------------------------------------------------ the model

    private boolean firstUse(ThreadState t, Class<?> d) {
        if (d == null) {
            return false;
        }
        ThreadState by = initializedBy.get(d);
        return by != null && by != t && !used.computeIfAbsent(t, k -> java.util.Collections.newSetFromMap(new IdentityHashMap<>())).contains(d);
    }

    private void ended(ThreadState t, Class<?> c) {
        Mark m = MARKS.get(c);
        m.ended = true; // a class without an initializer of its own: its super classes' ended
        if (owners.get(c) == t) {
            owners.remove(c);
            initializedBy.put(c, t);
            m.during = t.execution;
            VectorClock v = new VectorClock();
            ModelContext.publish(t, v);
            released.put(c, v);
        }
    }

    /** Whether a controlled thread initialized a class in this execution: its class loader's state changed. */
    boolean initializedAny() {
        return !initializedBy.isEmpty();
    }

    @Override
    public boolean enabled(ThreadState t, Op op) {
        Class<?> c = (Class<?>) op.arg();
        ThreadState owner = owners.get(c);
        return owner == null || owner == t || ended(c);
    }

    @Override
    public Object execute(ThreadState t, Op op, int step) {
        Class<?> c = (Class<?>) op.arg();
        used.computeIfAbsent(t, k -> java.util.Collections.newSetFromMap(new IdentityHashMap<>())).add(c);
        if (ended(c)) {
            VectorClock v = released.get(c);
            if (v != null) {
                t.hb.join(v); // the JVM orders an initializer's end before every use of the class
            }
            return Boolean.FALSE;
        }
        owners.putIfAbsent(c, t);
        return owners.get(c) == t; // true: the thread now owns the initialization and runs it

    }

    @Override
    public String describe(Op op, Step s, ObjectNames names) {
        String c = String.valueOf(op.target());
         return Boolean.TRUE.equals(s.value) ? "initialize " + c : "use " + c + " (initialized)";
    }

    @Override
    public Blocked blocked(ThreadState t, Op op, List<ThreadState> threads, ObjectNames names) {
        ThreadState owner = owners.get((Class<?>) op.arg());
        return new Blocked("waits for the initialization of " + op.target() + (owner == null ? "" : " by " + owner.name), owner);
    }

    @Override
    public void holdings(ThreadState t, List<String> out) {
        owners.forEach((c, owner) -> {
            if (owner == t && !ended(c)) {
                out.add("the initialization of " + name(c));
            }
        });
    }

    @Override
    public long stateHash() {
        long h = 0;
        for (Map.Entry<Class<?>, ThreadState> e : owners.entrySet()) {
            h += StateHash.mix(StateHash.mix(e.getKey().getName().hashCode()) + e.getValue().id);
        }
        return h;
    }
}
