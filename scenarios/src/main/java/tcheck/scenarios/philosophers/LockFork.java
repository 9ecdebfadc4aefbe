package tcheck.scenarios.philosophers;

import java.util.concurrent.locks.ReentrantLock;

/**
 * A fork that is a {@link ReentrantLock}: the Java twin of the seed's {@code threading.Lock()} fork
 * ({@code 004_fbb8ff1068e5a4f0.txt} line 1285), needed where a philosopher must <em>try</em> to take
 * a fork and give up if it is taken ({@code fork2.acquire(False)}, line 1263): a monitor has no
 * try-enter, a lock has {@link ReentrantLock#tryLock()}.
 */
final class LockFork extends Fork {
    final ReentrantLock lock = new ReentrantLock();

    LockFork(int number) {
        super(number);
    }
}
