package tcheck.stress.eventreaders;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.L_Result;
import tcheck.scenarios.eventreaders.StressReaders;
import tcheck.stress.harness.StressOf;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * The fix for {@link TornReadOnInPlaceUpdate} and {@link StaleFlagOnInPlaceUpdate}: the updater
 * builds each version in a fresh array and publishes it through one volatile reference with its
 * version number; the reader waits for a version newer than the last it read and stops after
 * version 2. It reads both versions in order or, if version 2 replaced version 1 before it looked,
 * only version 2. Each read is whole, because a published array is never written again, and none
 * is repeated, because the reader waits for a newer version number, not for a flag.
 */
@JCStressTest
@StressOf("event-readers/snapshot")
@Description("immutable versions behind one volatile reference: every read whole, none repeated")
@Outcome(id = "1111111111 2222222222", expect = ACCEPTABLE, desc = "read version 1, then version 2, each whole")
@Outcome(id = "2222222222", expect = ACCEPTABLE, desc = "read version 2 only (it replaced version 1 first)")
@Outcome(id = "[12 ]*(12|21)[12 ]*", expect = FORBIDDEN, desc = "torn read (parts of two versions)")
@Outcome(id = {"1111111111 1111111111", "2222222222 2222222222"}, expect = FORBIDDEN, desc = "same version read twice")
@State
public class NoTornReadWithSnapshots {
    private final StressReaders board = StressReaders.snapshot(10, 2);

    @Actor
    public void updater() {
        board.update();
    }

    @Actor
    public void reader() {
        board.read();
    }

    @Arbiter
    public void whatTheReaderSaw(L_Result r) {
        r.r1 = board.reads();
    }
}
