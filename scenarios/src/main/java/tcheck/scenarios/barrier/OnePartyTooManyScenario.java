package tcheck.scenarios.barrier;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

import java.util.concurrent.CyclicBarrier;

/**
 * {@code barrier/one-party-too-many}: a barrier for one party more than ever arrive. Every worker
 * writes its cell and waits at the barrier for the last party, which never comes: every worker waits
 * for ever, and the main thread waits to join them. A deadlock without a single lock.
 *
 * <p>Seed {@code 002_e91a849d01495b10.txt} lines 1114-1121 gets the count right by hand:
 * {@code Barrier(10)} for the ten threads of {@code for i in range(10)}. The two numbers live on
 * different lines and nothing ties them together; here the barrier counts the main thread too
 * ({@code workers + 1}, as if main would also wait at it), but main only starts and joins the workers.
 * A barrier is a promise that exactly that many threads will arrive; one too many is a wait that
 * cannot end (one too few trips the barrier before the last worker has written). The explorer reports
 * how many parties arrived out of how many. A {@link java.util.concurrent.Phaser} whose workers register
 * themselves avoids keeping the count by hand ({@code barrier/phaser}).
 */
public final class OnePartyTooManyScenario extends BarrierScenario {
    @Override
    public String variant() {
        return "one-party-too-many";
    }

    @Override
    public Expected expected() {
        return Expected.BUGGY;
    }

    @Override
    public String title() {
        return "CyclicBarrier(workers + 1): the last party never arrives";
    }

    @Override
    public String lesson() {
        return "The barrier waits for one party more than there are workers (it counted the main thread, which never"
                + " calls await). Every worker arrives and waits for the missing one, for ever: a deadlock with no lock."
                + " The party count must be exactly the number of threads that will arrive.";
    }

    @Override
    public String expectedKind() {
        return "deadlock";
    }

    @Override
    public String seed() {
        return "002_e91a849d01495b10.txt lines 1114-1121 (Barrier(10) for exactly the ten threads started)";
    }

    /** Two workers, one round: the deadlock needs no more. */
    @Override
    public Bound defaultBound() {
        return Bound.of(2, 1);
    }

    @Override
    public Program newProgram(Bound bound) {
        Board board = board(bound);
        CyclicBarrier barrier = new CyclicBarrier(bound.threads() + 1); // BUG: counts main, which never arrives
        return new PhasesProgram(board, me -> new TwoAwaitsPerRound(board, barrier, me));
    }
}
