package tcheck.conformance.misuse;

import tcheck.conformance.Expect;

import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CountDownLatch;

import static tcheck.conformance.Expect.Verdict.ERROR;

/**
 * A {@code java.util.Timer} runs a task on its own thread, a JDK thread class ({@code TimerThread})
 * with its own wait/notify loop; main waits for the task on a latch and cancels the timer. Correct
 * on a real JVM. The README says such a thread is not controlled and that the verdict is an error
 * naming it and, as the issue asks of every such error, where (never a false deadlock, never
 * "verified" over a thread the search did not schedule); this program holds the explorer to that.
 */
@Expect(value = ERROR, message = {"Timer", "TimerThread.java"})
public class TimerThread implements Runnable {
    private final CountDownLatch ran = new CountDownLatch(1);

    @Override
    public void run() {
        Timer timer = new Timer("conformance-timer", true);
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                ran.countDown();
            }
        }, 10);
        try {
            ran.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        } finally {
            timer.cancel();
        }
    }
}
