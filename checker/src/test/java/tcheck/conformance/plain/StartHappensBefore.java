package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * Main writes plain fields before {@code start()}, the worker reads them and writes a result, main
 * reads the result after {@code join()}. start and join are happens-before edges, so there is no
 * data race and the values are always seen: correct, verified.
 */
@Expect(VERIFIED)
public class StartHappensBefore implements Runnable {
    private int input;
    private int output;

    @Override
    public void run() {
        input = 20;
        Thread worker = new Thread(() -> output = input * 2 + 2, "worker");
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (output != 42) {
            throw new AssertionError("output " + output);
        }
    }
}
