package tcheck.conformance.misuse;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.ERROR;

/**
 * A worker spins forever on a local variable that nothing can change: it makes no shared access,
 * so the checker never regains control. On a real JVM the program hangs. A checker cannot explore
 * past it, and cannot call it verified; the honest verdict is an error that says where the thread
 * is stuck (this file). Explored in a JVM of its own: the spinning threads never end.
 */
@Expect(value = ERROR, message = "SpinOnLocal.java", ownJvm = true)
public class SpinOnLocal implements Runnable {
    @Override
    public void run() {
        Thread spinner = new Thread(() -> {
            boolean stop = false;
            long spins = 0;
            while (!stop) {
                spins++;
                stop = spins < 0;
            }
        }, "spinner");
        spinner.start();
        try {
            spinner.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
