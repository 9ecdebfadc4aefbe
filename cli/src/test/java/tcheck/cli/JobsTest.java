package tcheck.cli;

import org.junit.jupiter.api.Test;
import tcheck.results.Result;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code check --jobs}: scenarios checked in other JVMs give exactly what one JVM gives, in the same order. */
class JobsTest {
    private static final List<String> IDS = List.of("race-counter/unsynchronized", "pcp-condition/lost-wakeup",
            "deposit-withdraw/locked");

    /** The text a result prints, without what depends on the machine (times, the run). */
    private static String shown(Result r) {
        return r.verdict() + " " + r.kind() + " " + r.executions() + " " + r.schedule() + " " + r.preemptions() + " "
                + r.failingStep() + " " + r.message() + " " + r.trace();
    }

    @Test
    void aJobInAnotherJvmAnswersWhatThisJvmFinds(@org.junit.jupiter.api.io.TempDir Path dir) {
        // every scenario goes to the other JVM (this one claims none), so each answer is really the job's
        try (Jobs pool = new Jobs(1, List.of(), IDS)) {
            for (String id : IDS) {
                AtomicReference<Map<String, List<Result>>> answer = new AtomicReference<>();
                await().atMost(Duration.ofMinutes(2)).until(() -> {
                    answer.set(pool.ifDone(id));
                    return answer.get() != null;
                });
                assertTrue(pool.failures().isEmpty(), pool.failures().toString());
                List<Result> forked = answer.get().get("explorer");
                assertNotNull(forked, id + ": no explorer result from the job: " + answer.get());
                Cli here = Cli.run("check", id, "--quiet", "--jobs", "1", "--results", dir.toString());
                assertEquals(0, here.exitCode(), here.all());
                Result local = read(dir, forked.get(0));
                assertEquals(shown(local), shown(forked.get(0)), id);
            }
            assertEquals(IDS.size(), pool.used());
        }
    }

    @Test
    void twoJobsPrintWhatOneJobPrints(@org.junit.jupiter.api.io.TempDir Path dir) {
        String[] ids = {"race-counter", "deposit-withdraw", "lock-order/opposite-order"};
        Cli one = Cli.run(concat(ids, "--jobs", "1", "--results", dir.resolve("one").toString()));
        Cli two = Cli.run(concat(ids, "--jobs", "2", "--results", dir.resolve("two").toString()));
        assertEquals(one.exitCode(), two.exitCode(), two.all());
        assertEquals(withoutTimes(one.out()), withoutTimes(two.out()), two.all());
        assertTrue(two.err().contains("checked by the other job(s)"), two.all());
    }

    @Test
    void aJobCountBelowOneIsBadInput() {
        Cli c = Cli.run("check", "race-counter", "--jobs", "0");
        assertEquals(ExitCodes.BAD_INPUT, c.exitCode(), c.all());
        assertTrue(c.err().contains("--jobs"), c.all());
        assertTrue(!c.printedStackTrace(), c.all());
    }

    private static String[] concat(String[] ids, String... options) {
        String[] all = new String[1 + ids.length + options.length];
        all[0] = "check";
        System.arraycopy(ids, 0, all, 1, ids.length);
        System.arraycopy(options, 0, all, 1 + ids.length, options.length);
        return all;
    }

    private static String withoutTimes(String s) {
        return s.replaceAll("[0-9.,]+ (ms|s)\\b", "T").replaceAll("results: .*", "").replaceAll(" +", " ");
    }

    private static Result read(Path dir, Result like) {
        try {
            return tcheck.results.ResultsFiles.read(dir.resolve(tcheck.results.ResultsFiles.fileName(like)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
