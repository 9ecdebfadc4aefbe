package tcheck.conformance.misuse;

import tcheck.conformance.Expect;

import java.io.IOException;

import static tcheck.conformance.Expect.Verdict.ERROR;

/**
 * A worker reads a byte from {@code System.in}, a native blocking read the checker cannot control
 * (here a pipe nobody writes to, as for a program started without input). The honest verdict is an
 * error that says where the thread blocks (this file), never a deadlock counterexample and never
 * "verified". Explored in a JVM of its own, whose standard input is such a pipe.
 */
@Expect(value = ERROR, message = "ReadsStdin.java", ownJvm = true)
public class ReadsStdin implements Runnable {
    private volatile int read = -2;

    @Override
    public void run() {
        Thread reader = new Thread(() -> {
            try {
                read = System.in.read();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, "reader");
        reader.start();
        try {
            reader.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
