package tcheck.scenarios.barrier;

import org.junit.jupiter.api.Test;
import tcheck.scenario.Bound;
import tcheck.scenario.Program;
import tcheck.scenario.Violation;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fixed computations on real threads, the board's arithmetic, and the check catching a stale read. */
class PhasesTest {
    @Test
    void theFixedComputationsReadEveryRoundRightOnRealThreads() {
        for (Program p : List.of(new TwoAwaitsPerRoundScenario().newProgram(Bound.of(3, 4)),
                new DoubleBufferedScenario().newProgram(Bound.of(3, 4)),
                new PhaserScenario().newProgram(Bound.of(3, 4)))) {
            p.run();
            p.check();
        }
    }

    @Test
    void valuesSayWhichRoundTheyCameFrom() {
        Board b = new Board(3, 2);
        assertEquals(11, Board.value(1, 1));
        assertEquals(23, Board.value(2, 3));
        assertEquals(2, b.rightOf(1));
        assertEquals(1, b.rightOf(3), "the last worker's right neighbour is the first");
    }

    @Test
    void aReadFromTheNextRoundIsCaught() {
        Board b = new Board(2, 2);
        PhasesProgram p = new PhasesProgram(b, me -> () -> { });
        b.seen[0] = 22; // W1 read W2's round-2 value in round 1
        b.seen[1] = 22;
        b.seen[2] = 11;
        b.seen[3] = 21;
        Violation v = assertThrows(Violation.class, p::check);
        assertTrue(v.getMessage().contains("overwritten before it was read"), v.getMessage());
    }

    @Test
    void aComputationNeedsTwoWorkers() {
        assertThrows(IllegalArgumentException.class, () -> new PhaserScenario().newProgram(Bound.of(1, 1)));
    }
}
