package tcheck.scenarios.eventreaders;

/**
 * The Java twin of Python's {@code threading.Event}, which the seed's readers and updater share
 * ({@code 002_e91a849d01495b10.txt} lines 564-569 list its methods, line 581 creates one): a flag
 * that is "just a state, not a counter", with {@link #set()}, {@link #clear()}, {@link #isSet()}
 * and {@link #await()} (Python's {@code wait()}; {@code wait} is taken by {@link Object#wait()}).
 *
 * <p>Built like CPython's: one monitor, {@code set()} raises the flag and wakes every waiter with
 * {@code notifyAll()}. One subtlety is kept on purpose: a Python waiter returns once it has been
 * <em>woken by a {@code set()}</em>, even if the flag was cleared again before it got to run. A plain
 * {@code while (!flag) wait()} would instead put it back to sleep and, with the seed's updater that
 * clears and sets again, change which updates a reader sees. So each {@code set()} starts a new
 * {@link #generation} and a waiter loops until the generation it started in is over (the loop also
 * absorbs spurious wake-ups).
 */
public final class Event {
    private boolean flag;
    /** How many times {@link #set()} was called: a waiter returns once this moved on. */
    private long generation;

    /** Raises the flag and wakes every waiting thread; later {@link #await()} calls return at once. */
    public synchronized void set() {
        flag = true;
        generation++;
        notifyAll();
    }

    /** Lowers the flag; threads that call {@link #await()} from now on block until the next {@link #set()}. */
    public synchronized void clear() {
        flag = false;
    }

    public synchronized boolean isSet() {
        return flag;
    }

    /**
     * Python's {@code Event.wait()}: returns at once if the flag is set, else blocks until some
     * {@link #set()} happens (even if a {@link #clear()} follows it before this thread runs again).
     */
    public synchronized void await() throws InterruptedException {
        if (flag) {
            return;
        }
        long started = generation;
        while (generation == started) {
            wait();
        }
    }

    /** "set" or "clear", read without the lock: for traces only, must never block. */
    String describe() {
        return flag ? "set" : "clear";
    }
}
