package tcheck.conformance.statics;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * Two classes whose static initializers use each other, first used by two threads at once. The
 * JVM locks a class while initializing it: when T1 is initializing {@code Left} and T2 {@code Right},
 * each waits forever for the other's initialization to finish. A real class-initialization
 * deadlock (JLS 12.4.2), and a classic: a checker must see static initializers and the JVM's
 * initialization lock, report the deadlock, and neither hang nor call it verified.
 */
@Expect(value = COUNTEREXAMPLE, kind = "deadlock")
public class ClassInitDeadlock implements Runnable {
    static final class Left {
        static final int VALUE;

        static {
            Thread.yield();
            VALUE = Right.VALUE + 1;
        }
    }

    static final class Right {
        static final int VALUE;

        static {
            Thread.yield();
            VALUE = Left.VALUE + 1;
        }
    }

    private volatile int sum;

    @Override
    public void run() {
        Thread t1 = new Thread(() -> sum += Left.VALUE, "T1");
        Thread t2 = new Thread(() -> sum += Right.VALUE, "T2");
        t1.start();
        t2.start();
        try {
            t1.join();
            t2.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
