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
 * The seed's Event example with its ten elements: the updater does {@code clear()}, writes update
 * {@code v} in place, {@code set()}, for v = 1..9 (the seed's updater never stops); the reader waits
 * for the event once and copies the data. The outcome names the updates the copy came from, in
 * element order: {@code 9} is a whole copy of update 9, {@code 3|4} a copy whose first elements
 * came from update 3 and the rest from update 4 (the exact split point is left out, so that the
 * histogram keeps a handful of rows).
 *
 * <p>The event only says "there was an update". A reader let through by update 3 can still be
 * copying when the updater clears the event and overwrites the same array with update 4, so the
 * copy holds some 4s and some 3s: a torn read, data no update ever published. On real hardware it
 * is rare: 28 to 1,243 torn copies per million-odd samples in ten quick runs on 2 cores (JDK 17).
 * The reader copies in the same direction the updater writes, so the updater must overtake it
 * mid-copy; the seed's reader prints between its two halves, which makes that window far wider.
 */
@JCStressTest
@StressOf(value = "event-readers/in-place", kind = "torn-read")
@Description("updating shared data in place between clear() and set() lets a reader see parts of two updates")
@Outcome(id = "[1-9]", expect = ACCEPTABLE, desc = "one update, whole")
@Outcome(id = "[1-9](\\|[1-9])+", expect = ACCEPTABLE_INTERESTING, desc = "torn read (parts of two updates)")
@State
public class TornReadOnInPlaceUpdate {
    private final StressReaders event = StressReaders.inPlace(10, 9, 1);

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
        r.r1 = updatesInOrder(event.reads());
    }

    /** "3333344444" -> "3|4": each run of equal elements once. */
    private static String updatesInOrder(String copy) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < copy.length(); i++) {
            if (i == 0 || copy.charAt(i) != copy.charAt(i - 1)) {
                sb.append(i == 0 ? "" : "|").append(copy.charAt(i));
            }
        }
        return sb.toString();
    }
}
