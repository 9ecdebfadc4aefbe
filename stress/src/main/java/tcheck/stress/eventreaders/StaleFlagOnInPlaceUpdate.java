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
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

/**
 * The scenario's default size: two updates of two elements, one reader that waits for the event
 * and reads once per update, as the seed's reader loop does. Outcome: both reads, e.g. {@code 11 22}.
 *
 * <p>The event is a flag, not a counter. The reader, woken by update 1, usually gets to run only
 * after the updater has also written and announced update 2; it reads update 2, comes back to a
 * flag that is still set and reads update 2 again ({@code 22 22}): it took a stale flag for a new
 * update and never saw update 1. On 2 cores this is by far the most frequent outcome; reading each
 * update once ({@code 11 22}) is the exception. Torn reads ({@code 12}, {@code 21}) can show here too.
 */
@JCStressTest
@StressOf(value = "event-readers/in-place", kind = "invariant")
@Description("an Event is a flag, not a counter: a reader reads the same update twice")
@Outcome(id = "11 22", expect = ACCEPTABLE, desc = "each update read once, whole")
@Outcome(id = {"11 11", "22 22"}, expect = ACCEPTABLE_INTERESTING, desc = "same update read twice (a stale flag taken for a new update)")
@Outcome(id = "22 11", expect = ACCEPTABLE_INTERESTING, desc = "an older update read after a newer one")
@Outcome(id = {"(12|21) [12]{2}", "(11|22) (12|21)"}, expect = ACCEPTABLE_INTERESTING, desc = "torn read (parts of two updates)")
@State
public class StaleFlagOnInPlaceUpdate {
    private final StressReaders event = StressReaders.inPlace(2, 2, 2);

    @Actor
    public void updater() {
        event.update();
    }

    @Actor
    public void reader() {
        event.read();
    }

    @Arbiter
    public void whatTheReaderSaw(L_Result r) {
        r.r1 = event.reads();
    }
}
