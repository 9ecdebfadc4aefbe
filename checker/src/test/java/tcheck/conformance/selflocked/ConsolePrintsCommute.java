package tcheck.conformance.selflocked;

import tcheck.conformance.Expect;

import static tcheck.conformance.Expect.Verdict.VERIFIED;

/**
 * Two threads print several pieces to the console each, and count under a lock. What reaches the
 * console the program cannot read back, so the orders of the prints are not different outcomes: the
 * search must not multiply its executions by them (here 924 orders, and the budget is 50
 * executions). The pieces are empty, so the test's output stays quiet; each is still a call that
 * locks {@code System.out}.
 */
@Expect(value = VERIFIED, maxExecutions = 50)
public class ConsolePrintsCommute implements Runnable {
    private int count;

    @Override
    public void run() {
        Runnable printer = () -> {
            for (int i = 0; i < 6; i++) {
                System.out.print("");
            }
            synchronized (this) {
                count++;
            }
        };
        Thread a = new Thread(printer, "a");
        Thread b = new Thread(printer, "b");
        a.start();
        b.start();
        try {
            a.join();
            b.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (count != 2) {
            throw new AssertionError("count " + count);
        }
    }
}
