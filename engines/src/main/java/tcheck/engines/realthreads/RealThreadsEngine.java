package tcheck.engines.realthreads;

import tcheck.engines.Engine;
import tcheck.engines.EngineRun;
import tcheck.engines.Verdicts;
import tcheck.results.FailureKind;
import tcheck.results.Result;
import tcheck.results.Verdict;
import tcheck.scenario.Bound;
import tcheck.scenario.Scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The program on plain JVM threads, as a user would run it: each variant at its bound with every
 * thread's operations scaled up (real threads seldom interleave within two operations), several runs,
 * each within a deadline. A run shows the bug when its final check fails, a thread dies of an
 * exception, or it stops: the JVM finds a lock cycle ({@code ThreadMXBean.findDeadlockedThreads}) or
 * every live thread sits in WAITING (a lost wake-up) — a deadlock — or it is still busy at the
 * deadline — reported as no progress (a livelock, or just too slow for the deadline). A buggy
 * variant stops at the first run that shows its bug; a bug that does not show is "not observed".
 */
public final class RealThreadsEngine implements Engine {
    public static final String NAME = RealThreadResults.ENGINE;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "the program on real JVM threads, many runs at a larger bound, with the JVM's deadlock detection";
    }

    @Override
    public Map<String, String> options() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("runs", "20: runs per variant (a buggy one stops at the first run that shows the bug)");
        o.put("scale", "1000: each thread's operations are the bound's times this");
        o.put("deadline-seconds", "10: how long one run may take before it counts as not finishing");
        o.put("stuck-millis", "2000: how long every thread must sit in WAITING before a run counts as stuck (a lost"
                + " wake-up); shorter risks calling a loaded machine's slow wake-up a deadlock");
        return o;
    }

    @Override
    public List<Result> run(Scenario s, EngineRun run) {
        int runs = run.intOption(this, "runs");
        int scale = run.intOption(this, "scale");
        Duration deadline = Duration.ofSeconds(run.longOption(this, "deadline-seconds"));
        Bound b = run.boundFor(s);
        Bound big = new Bound(b.threads(), Math.multiplyExact(b.operations(), scale), b.capacity());
        run.say("real threads " + s.id() + ": " + runs + " runs at " + big);
        long start = System.nanoTime();
        List<ProgramOnRealThreads.Run> done = new ArrayList<>();
        ProgramOnRealThreads.Run bad = null;
        for (int i = 0; i < runs; i++) {
            ProgramOnRealThreads.Run r = ProgramOnRealThreads.run(s.newProgram(big), deadline,
                    Duration.ofMillis(run.longOption(this, "stuck-millis")));
            done.add(r);
            if (!r.clean()) {
                bad = r;
                break;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("bound", big.toString());
        details.put("boundMeaning", s.boundMeaning());
        details.put("runs", done.size());
        details.put("deadlineSeconds", deadline.toSeconds());
        details.put("unit", "runs");
        long[] ms = done.stream().filter(ProgramOnRealThreads.Run::finished).mapToLong(r -> r.nanos() / 1_000_000).sorted().toArray();
        if (ms.length > 0) {
            details.put("finishedRunMillis", Map.of("min", ms[0], "median", ms[ms.length / 2], "max", ms[ms.length - 1]));
        }
        if (bad == null) {
            Verdict verdict = s.expected() == tcheck.scenario.Expected.FIXED ? Verdict.PASSED : Verdict.NOT_OBSERVED;
            return List.of(RealThreadResults.of(s, verdict, null, done.size(), millis,
                    done.size() + " of " + done.size() + " runs at " + big + " finished clean"
                            + (verdict == Verdict.NOT_OBSERVED ? "; the bug did not show on real threads this time" : ""),
                    details));
        }
        FailureKind kind;
        String what;
        if (bad.violation() != null) {
            kind = FailureKind.of(bad.violation().kind());
            what = bad.violation().getMessage();
        } else if (!bad.uncaught().isEmpty()) {
            kind = FailureKind.EXCEPTION;
            what = "uncaught " + bad.uncaught().get(0);
        } else if (!bad.deadlocked().isEmpty()) {
            kind = FailureKind.DEADLOCK;
            what = "the JVM found a deadlock: " + bad.deadlocked() + "; " + bad.waiting();
        } else if (bad.stuck()) {
            kind = FailureKind.DEADLOCK;
            what = "every thread waiting for " + run.longOption(this, "stuck-millis") + " ms, nobody left to wake them: "
                    + bad.waiting();
        } else {
            kind = FailureKind.LIVELOCK;
            what = "no progress: not finished after " + deadline.toSeconds() + " s with threads still running " + bad.waiting()
                    + " (a livelock, or too slow for the deadline)";
        }
        details.put("waiting", bad.waiting());
        details.put("deadlocked", bad.deadlocked());
        details.put("uncaught", bad.uncaught());
        details.put("finalState", bad.finalState());
        return List.of(RealThreadResults.of(s, Verdict.COUNTEREXAMPLE, kind, done.size(), millis,
                String.format(Locale.ROOT, "run %d of up to %d at %s: %s", done.size(), runs, big, what), details));
    }
}
