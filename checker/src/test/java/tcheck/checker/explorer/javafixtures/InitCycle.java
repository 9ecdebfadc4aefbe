package tcheck.checker.explorer.javafixtures;

/**
 * Two static initializers that use each other, started by two threads: each thread holds one
 * class's initialization lock and waits for the other's, the deadlock a JVM shows.
 */
public class InitCycle implements Runnable {
    static final class Ping {
        static final int VALUE;

        static {
            Thread.yield();
            VALUE = Pong.VALUE + 1;
        }
    }

    static final class Pong {
        static final int VALUE;

        static {
            Thread.yield();
            VALUE = Ping.VALUE + 1;
        }
    }

    private final int[] seen = new int[2];

    @Override
    public void run() {
        Join.all(() -> seen[0] = Ping.VALUE, () -> seen[1] = Pong.VALUE);
    }
}
