package tcheck.checker.explorer.javafixtures;

/** A bug kernel in its usual shape: a main method, with the number of threads as an argument. */
public class MainKernel {
    static int count;

    static void increment() {
        int c = count;
        count = c + 1;
    }

    public static void main(String[] args) throws InterruptedException {
        int n = Integer.parseInt(args[0]);
        Thread[] ts = new Thread[n];
        for (int i = 0; i < n; i++) {
            ts[i] = new Thread(MainKernel::increment);
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        if (count != n) {
            throw new AssertionError("count " + count + ", expected " + n);
        }
    }
}
