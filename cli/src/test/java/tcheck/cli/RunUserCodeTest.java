package tcheck.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tcheck run} on code compiled here, outside the catalog: the way a user brings their own class. */
class RunUserCodeTest {
    @TempDir
    Path dir;

    @Test
    void racyCounterIsACounterexample() throws IOException {
        Path classes = UserCode.compile(dir, "RacyCounter", UserCode.counter("RacyCounter", "private"));
        Cli r = Cli.run("run", "--class-path", classes.toString(), "--class", "demo.RacyCounter");
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.out().contains("count 1, expected 2"), r.all());
        assertTrue(r.out().contains("read count"), r.all());
        assertTrue(r.out().contains("replay with: ./tcheck run --class-path"), r.all());
    }

    /**
     * A livelock's schedule is a lasso, {@code 0.(1.2)*}: its parentheses and star mean something to a
     * shell, so the replay command must quote it to be pasted as printed. A shell reads the printed
     * command here, and the words it makes replay the livelock.
     */
    @Test
    void aLivelocksReplayCommandWorksPastedIntoAShell() throws IOException, InterruptedException {
        Path classes = UserCode.compile(dir, "Hallway", """
                package demo;

                import java.util.concurrent.atomic.AtomicInteger;

                public class Hallway implements Runnable {
                    private final AtomicInteger[] side = {new AtomicInteger(0), new AtomicInteger(0)};

                    private void walk(int me) {
                        while (side[me].get() == side[1 - me].get()) {
                            side[me].set(1 - side[me].get()); // step aside, into the other's way again
                            Thread.yield();
                        }
                    }

                    @Override
                    public void run() {
                        Thread a = new Thread(() -> walk(0), "alice");
                        Thread b = new Thread(() -> walk(1), "bob");
                        a.start();
                        b.start();
                        try {
                            a.join();
                            b.join();
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
                """);
        Cli found = Cli.run("run", "--class-path", classes.toString(), "--class", "demo.Hallway");
        assertEquals(1, found.exitCode(), found.all());
        assertTrue(found.out().contains("LIVELOCK"), found.all());
        assertTrue(found.out().contains("... back to step "), "the lasso's lap is told as for a scenario: " + found.all());
        String command = found.out().replaceAll("(?s).*replay with: \\./tcheck (run [^\n]*).*", "$1");
        assertTrue(command.contains(")*'"), "the lasso is quoted: " + command);
        Process shell = new ProcessBuilder("bash", "-c", "printf '%s\\n' " + command).redirectErrorStream(true).start();
        java.util.List<String> words = new String(shell.getInputStream().readAllBytes()).lines().toList();
        assertEquals(0, shell.waitFor(), String.join("\n", words));
        Cli replay = Cli.run(words.toArray(String[]::new));
        assertEquals(1, replay.exitCode(), replay.all());
        assertTrue(replay.out().matches("(?s).*LIVELOCK: livelock: (alice, bob|bob, alice) repeat a cycle.*"), replay.all());
        String times = "[\\d,]+ executions?\\s+[\\d.]+ m?s.*"; // and the search's timing after it: the replay's is its own
        assertEquals(found.out().replaceAll(times, ""), replay.out().replaceAll(times, ""), "the replay shows what the search found");
    }

    @Test
    void replayOfTheUsersCounterexampleIsIdentical() throws IOException {
        Path classes = UserCode.compile(dir, "RacyCounter", UserCode.counter("RacyCounter", "private"));
        Cli found = Cli.run("run", "--class-path", classes.toString(), "--class", "demo.RacyCounter");
        String schedule = found.out().replaceAll("(?s).*--schedule (\\S+).*", "$1");
        Cli once = Cli.run("run", "--class-path", classes.toString(), "--class", "demo.RacyCounter", "--schedule", schedule, "-q");
        Cli twice = Cli.run("run", "--class-path", classes.toString(), "--class", "demo.RacyCounter", "--schedule", schedule, "-q");
        assertEquals(1, once.exitCode(), once.all());
        assertEquals(once.out().replaceAll("\\d+ ms", ""), twice.out().replaceAll("\\d+ ms", ""));
    }

    /**
     * Threads made without a name get the JDK's "Thread-N", numbered across the whole JVM: after twelve
     * executions the search's trace would say Thread-14, the replay's Thread-0. Each execution numbers
     * the unnamed threads it makes itself, as a fresh JVM would, so search and replay agree.
     */
    @Test
    void runAndReplayNameUnnamedThreadsTheSame() throws IOException {
        Path classes = UserCode.compile(dir, "Unnamed", UserCode.counter("Unnamed", "private")
                .replace(", \"A\")", ")").replace(", \"B\")", ")"));
        Cli found = Cli.run("run", "--class-path", classes.toString(), "--class", "demo.Unnamed", "--all-steps");
        String schedule = found.out().replaceAll("(?s).*--schedule (\\S+).*", "$1");
        Cli replay = Cli.run("run", "--class-path", classes.toString(), "--class", "demo.Unnamed", "--schedule", schedule, "--all-steps");
        assertTrue(found.out().contains("start Thread-0") && found.out().contains("start Thread-1"), found.all());
        String times = "\\d+ executions?\\s+\\d+ ms.*"; // and the search's timing after it: the replay's is its own
        assertEquals(found.out().replaceAll(times, ""), replay.out().replaceAll(times, ""));
    }

    @Test
    void synchronizedCounterIsVerified() throws IOException {
        Path classes = UserCode.compile(dir, "SafeCounter", UserCode.counter("SafeCounter", "private synchronized"));
        Cli r = Cli.run("run", "--class-path", classes.toString(), "--class", "demo.SafeCounter");
        assertEquals(0, r.exitCode(), r.all());
        assertTrue(r.out().contains("verified"), r.all());
    }

    @Test
    void missingClassIsBadInput() throws IOException {
        Path classes = UserCode.compile(dir, "SafeCounter", UserCode.counter("SafeCounter", "private synchronized"));
        Cli r = Cli.run("run", "--class-path", classes.toString(), "--class", "demo.NoSuchClass");
        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.err().contains("demo.NoSuchClass"), r.all());
        assertTrue(!r.printedStackTrace(), r.all());
    }

    /** A Runnable there is no instance of (abstract, an interface): bad input in one line, not tcheck's internal error. */
    @Test
    void anAbstractRunnableIsBadInput() throws IOException {
        Path classes = UserCode.compile(dir, "Template", """
                package demo;

                public abstract class Template implements Runnable {
                }
                """);
        Cli r = Cli.run("run", "--class-path", classes.toString(), "--class", "demo.Template");
        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.err().contains("demo.Template is abstract"), r.all());
        assertTrue(!r.printedStackTrace() && !r.all().contains("internal error"), r.all());
    }

    @Test
    void missingClassPathEntryIsBadInput() {
        Cli r = Cli.run("run", "--class-path", dir.resolve("nowhere").toString(), "--class", "demo.SafeCounter");
        assertEquals(2, r.exitCode(), r.all());
        assertTrue(r.err().contains("does not exist"), r.all());
    }

    /**
     * A thread blocked where the checker has no control (java.io's piped streams wait on a monitor
     * inside the JDK) never reaches a scheduling point: the run must end as an error after the stuck
     * timeout, not hang, and never be called a deadlock of the program.
     */
    @Test
    void codeBlockedOutsideTheCheckersControlEndsAsAnError() throws IOException {
        Path classes = UserCode.compile(dir, "BlocksForever", """
                package demo;

                public class BlocksForever implements Runnable {
                    @Override
                    public void run() {
                        Thread t = new Thread(() -> {
                            try {
                                new java.io.PipedInputStream(new java.io.PipedOutputStream()).read();
                            } catch (java.io.IOException e) {
                                throw new IllegalStateException(e);
                            }
                        }, "taker");
                        t.start();
                        try {
                            t.join();
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
                """);
        long start = System.nanoTime();
        Cli r = Cli.run("run", "--class-path", classes.toString(), "--class", "demo.BlocksForever", "--stuck-timeout-ms", "2000");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(4, r.exitCode(), r.all());
        assertTrue(r.out().contains("ERROR") && r.out().contains("in 2000 ms"), r.all());
        assertTrue(r.out().contains("start taker"), "the steps it took: " + r.all());
        assertTrue(seconds < 30, "took " + seconds + " s\n" + r.all());

        // quiet: the summary and, under it, why (no trace says it)
        Cli quiet = Cli.run("run", "--class-path", classes.toString(), "--class", "demo.BlocksForever", "--stuck-timeout-ms", "2000", "-q");
        assertEquals(4, quiet.exitCode(), quiet.all());
        List<String> lines = quiet.out().lines().toList();
        assertEquals(2, lines.size(), quiet.all());
        // one execution: another schedule, or running it again to render it, would only wait out the timeout again
        assertTrue(lines.get(0).startsWith("demo.BlocksForever  error  1 execution "), quiet.all());
        assertTrue(lines.get(1).startsWith("  thread taker ") && lines.get(1).contains("in 2000 ms"), quiet.all());
    }

    /** java.util.concurrent's own code is under control: a take() no one will ever match is the program's deadlock. */
    @Test
    void aTakeNoOneMatchesIsADeadlockOfTheProgram() throws IOException {
        Path classes = UserCode.compile(dir, "TakesAlone", """
                package demo;

                public class TakesAlone implements Runnable {
                    @Override
                    public void run() {
                        Thread t = new Thread(() -> {
                            try {
                                new java.util.concurrent.SynchronousQueue<Object>().take();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }, "taker");
                        t.start();
                        try {
                            t.join();
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
                """);
        Cli r = Cli.run("run", "--class-path", classes.toString(), "--class", "demo.TakesAlone");
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.out().contains("deadlock") && r.out().contains("take()"), r.all());
    }

    /** A bug kernel in its usual shape: a main method, its arguments after --; the replay command carries them. */
    @Test
    void aMainMethodRunsWithItsArguments() throws IOException {
        Path classes = UserCode.compile(dir, "Kernel", """
                package demo;

                public class Kernel {
                    static int count;

                    public static void main(String[] args) throws InterruptedException {
                        int n = Integer.parseInt(args[0]);
                        Thread[] ts = new Thread[n];
                        for (int i = 0; i < n; i++) {
                            ts[i] = new Thread(() -> { int c = count; count = c + 1; });
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
                """);
        Cli r = Cli.run("run", "--class-path", classes.toString(), "--class", "demo.Kernel", "--", "2");
        assertEquals(1, r.exitCode(), r.all());
        assertTrue(r.out().contains("expected 2"), r.all());
        assertTrue(r.out().matches("(?s).*--schedule \\S+ -- 2.*"), "the replay command passes the arguments again: " + r.all());
    }

    /** System.exit in checked code ends the program's run, never tcheck's JVM, and its status is not tcheck's exit code. */
    @Test
    void systemExitIsReportedNotObeyed() throws IOException {
        Path classes = UserCode.compile(dir, "Exits", """
                package demo;

                public class Exits implements Runnable {
                    @Override
                    public void run() {
                        Thread t = new Thread(() -> System.exit(3), "quitter");
                        t.start();
                        try {
                            t.join();
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
                """);
        Cli r = Cli.run("run", "--class-path", classes.toString(), "--class", "demo.Exits");
        assertEquals(1, r.exitCode(), "a counterexample, not the program's status 3: " + r.all());
        assertTrue(r.out().contains("System.exit(3) called by quitter"), r.all());
    }

    /**
     * A thread the program did not start through checked code (java.util.Timer's own thread) runs
     * checked code: an error that names it, exit 4, and never the explorer's own exception printed
     * as if it were the program's.
     */
    @Test
    void aThreadTheExplorerDidNotStartIsAnErrorAndNothingLeaks() throws IOException {
        Path classes = UserCode.compile(dir, "Timed", """
                package demo;

                public class Timed implements Runnable {
                    int ticks;

                    @Override
                    public void run() {
                        java.util.Timer timer = new java.util.Timer(true);
                        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
                        timer.schedule(new java.util.TimerTask() {
                            @Override
                            public void run() {
                                ticks++;
                                done.countDown();
                            }
                        }, 0);
                        try {
                            done.await();
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
                """);
        Cli r = Cli.run("run", "--class-path", classes.toString(), "--class", "demo.Timed", "--stuck-timeout-ms", "3000");
        assertEquals(4, r.exitCode(), r.all());
        assertTrue(r.out().contains("was not started by it") || r.out().contains("does not control"), r.all());
        assertTrue(!r.all().contains("ExecutionAborted") && !r.all().contains("Exception in thread"), r.all());
    }
}
