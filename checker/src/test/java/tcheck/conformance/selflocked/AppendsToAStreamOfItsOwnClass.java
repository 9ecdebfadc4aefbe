package tcheck.conformance.selflocked;

import tcheck.conformance.Expect;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * Two threads append to one stream of a class of the program's own, a {@code PrintStream} subclass (as
 * a test runner's capture of {@code System.out} is): the inherited {@code append} locks the stream, so
 * the two pieces never tear and nothing races. Each piece is whole: verified.
 */
@Expect(VERIFIED)
public class AppendsToAStreamOfItsOwnClass implements Runnable {
    static final class Capture extends PrintStream {
        Capture(ByteArrayOutputStream into) {
            super(into, true);
        }
    }

    @Override
    public void run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new Capture(bytes);
        Thread a = new Thread(() -> out.append("aa"), "a");
        Thread b = new Thread(() -> out.append("bb"), "b");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
        String printed = bytes.toString();
        if (!printed.equals("aabb") && !printed.equals("bbaa")) {
            throw new AssertionError("torn: " + printed);
        }
    }
}
