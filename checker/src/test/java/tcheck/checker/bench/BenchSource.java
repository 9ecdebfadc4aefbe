package tcheck.checker.bench;

import tcheck.checker.explorer.ProgramSource;
import tcheck.checker.explorer.instrument.Instrumenter;
import tcheck.scenario.Program;

import java.util.Arrays;
import java.util.Map;

/** One of the DPOR benchmark programs ({@code tcheck.checker.bench.programs}) at one size. */
public final class BenchSource implements ProgramSource {
    private static final Instrumenter INSTRUMENTER = new Instrumenter(BenchSource.class.getClassLoader(),
            name -> name.startsWith("tcheck.checker.bench.programs."));
    private final Class<? extends Runnable> program;
    private final int[] args;

    public BenchSource(Class<? extends Runnable> program, int... args) {
        this.program = program;
        this.args = args.clone();
    }

    @Override
    public Instrumenter instrumenter() {
        return INSTRUMENTER;
    }

    @Override
    public Program newProgram(ClassLoader loader) {
        Runnable body;
        try {
            Class<?> c = loader.loadClass(program.getName());
            Class<?>[] types = new Class<?>[args.length];
            Arrays.fill(types, int.class);
            Object[] values = Arrays.stream(args).boxed().toArray();
            body = (Runnable) c.getConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + describe() + ": " + e, e);
        }
        return new Instance(body);
    }

    /** A program instance; {@link #body()} is the benchmark program object (for naming its parts). */
    public static final class Instance implements Program {
        private final Runnable body;

        Instance(Runnable body) {
            this.body = body;
        }

        public Object body() {
            return body;
        }

        @Override
        public void run() {
            body.run();
        }

        @Override
        public void check() {
        }

        @Override
        public Map<String, Object> sharedState() {
            return Map.of("outcome", ((BenchProgram) body).outcome());
        }
    }

    @Override
    public String describe() {
        return program.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase()
                + "(" + String.join(",", Arrays.stream(args).mapToObj(String::valueOf).toList()) + ")";
    }
}
