package tcheck.checker.explorer;

/** Explores the small fixture programs of this package's tests. */
final class Fixtures {
    private Fixtures() {
    }

    static RunnableSource source(Class<? extends Runnable> c) {
        return RunnableSource.of(c.getName(), Fixtures.class.getClassLoader(),
                name -> name.startsWith("tcheck.checker.explorer.fixtures."));
    }

    static Exploration explore(Class<? extends Runnable> c, String strategy) {
        return Explorer.explore(source(c), ExplorerOptions.defaults().withStrategy(strategy).withStuckTimeout(5_000));
    }
}
