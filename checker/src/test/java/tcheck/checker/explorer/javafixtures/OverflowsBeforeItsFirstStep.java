package tcheck.checker.explorer.javafixtures;

/** A thread whose recursion overflows its stack before it touches anything shared: it throws with no step of its own. */
public class OverflowsBeforeItsFirstStep implements Runnable {
    private int shared;

    private static int down(int n) {
        return n == 0 ? 0 : 1 + down(n - 1);
    }

    @Override
    public void run() {
        Thread diver = new Thread(() -> down(Integer.MAX_VALUE), "diver");
        diver.start();
        shared = 1;
        try {
            diver.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
