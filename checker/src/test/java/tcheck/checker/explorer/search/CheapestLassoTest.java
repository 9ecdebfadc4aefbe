package tcheck.checker.explorer.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The cheapest fair lasso on small graphs whose answer is worked out by hand. States are numbers,
 * threads 1 and 2; {@code END} ends the execution.
 */
class CheapestLassoTest {
    private static final long END = StateGraph.END;
    private static final long A = 1;
    private static final long B = 2;
    private static final long C = 3;
    private static final long D = 4;
    private static final long E = 5;
    private static final long F = 6;

    @Test
    void aLapThatLeavesOutAThreadEnabledAllTheWayRoundIsNoLivelock() {
        // A -1-> B -1-> A: thread 1 alone while 2 could always run (unfair); A -1-> B -2-> D -1-> A: both move
        StateGraph g = StateGraph.given(A,
                Map.of(A, List.of(1, 2), B, List.of(1, 2), C, List.of(1, 2), D, List.of(1, 2)),
                Map.of(A, Map.of(1, B, 2, C), B, Map.of(1, A, 2, D), C, Map.of(1, END, 2, END), D, Map.of(1, A, 2, END)));
        CheapestLasso.Lasso l = CheapestLasso.of(g);
        assertEquals(List.of(), l.prefix());
        assertEquals(List.of(1, 2, 1), l.lap());
        assertEquals(2, l.preemptions(), "2 preempts 1 at B, 1 preempts 2 at D");
        assertEquals("(1.2.1)*", l.schedule(g));
    }

    @Test
    void withOnlyUnfairCyclesThereIsNone() {
        StateGraph g = StateGraph.given(A,
                Map.of(A, List.of(1, 2), B, List.of(1, 2), C, List.of(1, 2)),
                Map.of(A, Map.of(1, B, 2, C), B, Map.of(1, A, 2, END), C, Map.of(1, END, 2, END)));
        assertNull(CheapestLasso.of(g));
    }

    @Test
    void aThreadEnabledAnywhereOnTheLapMustMoveInIt() {
        // 2 can run at A (though not at B): 1 going round A -1-> B -1-> A alone starves it, no livelock
        StateGraph g = StateGraph.given(A,
                Map.of(A, List.of(1, 2), B, List.of(1)),
                Map.of(A, Map.of(1, B, 2, END), B, Map.of(1, A)));
        assertNull(CheapestLasso.of(g));
    }

    @Test
    void aThreadBlockedAllTheWayRoundNeedNotMove() {
        // after A -2-> B, 2 waits for ever; 1 goes round B -1-> C -1-> B alone: fair, and no preemption
        StateGraph g = StateGraph.given(A,
                Map.of(A, List.of(1, 2), B, List.of(1), C, List.of(1)),
                Map.of(A, Map.of(1, END, 2, B), B, Map.of(1, C), C, Map.of(1, B)));
        CheapestLasso.Lasso l = CheapestLasso.of(g);
        assertEquals(List.of(2), l.prefix());
        assertEquals(List.of(1, 1), l.lap());
        assertEquals(0, l.preemptions(), "2 could not go on: switching away from it is no preemption");
        assertEquals("2", l.schedule(g), "only A offers a choice; the default policy then goes round");
    }

    @Test
    void fewerPreemptionsWinOverFewerSteps() {
        // short: A -2-> C, lap C -1-> E -2-> C, 3 steps but 2 preemptions;
        // long: A -1-> B -1-> F -1-> D, lap D -1-> D (2 done), 4 steps and none
        StateGraph g = StateGraph.given(A,
                Map.of(A, List.of(1, 2), B, List.of(1, 2), C, List.of(1, 2), D, List.of(1), E, List.of(1, 2), F, List.of(1)),
                Map.of(A, Map.of(1, B, 2, C), B, Map.of(1, F, 2, END), C, Map.of(1, E, 2, END), D, Map.of(1, D),
                        E, Map.of(1, END, 2, C), F, Map.of(1, D)));
        CheapestLasso.Lasso l = CheapestLasso.of(g);
        assertEquals(0, l.preemptions());
        assertEquals(List.of(1, 1, 1), l.prefix());
        assertEquals(List.of(1), l.lap());
    }

    @Test
    void theLapsFirstStepPaysForSwitchingAwayFromThePrefixsLastThread() {
        // the only way into the lap is A -2-> B; the lap B -1-> C -2-> B switches from 2 at B, from 1 at C
        StateGraph g = StateGraph.given(A,
                Map.of(A, List.of(1, 2), B, List.of(1, 2), C, List.of(1, 2)),
                Map.of(A, Map.of(1, END, 2, B), B, Map.of(1, C, 2, END), C, Map.of(1, END, 2, B)));
        CheapestLasso.Lasso l = CheapestLasso.of(g);
        assertEquals(List.of(2), l.prefix());
        assertEquals(List.of(1, 2), l.lap());
        assertEquals(2, l.preemptions());
        assertEquals("2.(1.2)*", l.schedule(g));
    }

    @Test
    void aGraphWithAStepNotTakenIsRefused() {
        StateGraph g = StateGraph.given(A, Map.of(A, List.of(1, 2)), Map.of(A, Map.of(1, END)));
        assertThrows(IllegalArgumentException.class, () -> CheapestLasso.of(g));
    }
}
