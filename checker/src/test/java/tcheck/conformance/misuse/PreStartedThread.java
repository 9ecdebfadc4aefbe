package tcheck.conformance.misuse;

import tcheck.conformance.Expect;
import tcheck.conformance.Outside;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import static tcheck.conformance.Expect.Verdict.ERROR;

/**
 * The program hands a task to a thread that existed before it ran (a pool kept in a static field
 * of a library class, started when the library was loaded: {@code Outside.PRE_STARTED}, thread
 * "pre-started-outside"). The checker did not see that thread start and cannot schedule it: the
 * honest verdict is an error naming that thread, never a counterexample and never "verified".
 */
@Expect(value = ERROR, message = "pre-started-outside")
public class PreStartedThread implements Runnable {
    private int value;

    @Override
    public void run() {
        Future<?> f = Outside.PRE_STARTED.submit(() -> value = 1);
        try {
            f.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
        if (value != 1) {
            throw new AssertionError("value " + value);
        }
    }
}
