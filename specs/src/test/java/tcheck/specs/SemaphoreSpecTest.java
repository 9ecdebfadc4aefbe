package tcheck.specs;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SemaphoreSpecTest {
    @Test
    void acquireTakesAPermitAndWaitsWhenNoneIsLeft() {
        SemaphoreSpec s = SemaphoreSpec.bounded(1);
        assertEquals(Optional.of(0), s.step(1, "acquire", List.of(), null));
        assertEquals(Optional.empty(), s.apply(0, "acquire", List.of()), "acquire on 0 permits waits");
    }

    @Test
    void theSeedsPlainSemaphoreCountsAReleaseThatWasNeverAcquired() {
        // 000_715c6142ede907d2.txt lines 757-771: Semaphore(5), acquire, release, release -> 6
        SpecModel<Integer> s = new SpecModel<>(SemaphoreSpec.unbounded(5));
        s.call("acquire");
        s.call("release");
        s.call("release");
        assertEquals(6, s.call("availablePermits"));
    }

    @Test
    void theSeedsBoundedSemaphoreRefusesToGoAboveItsStart() {
        // 000_715c6142ede907d2.txt lines 774-787: BoundedSemaphore(5), acquire, release, release -> ValueError
        SpecModel<Integer> s = new SpecModel<>(SemaphoreSpec.bounded(5));
        s.call("acquire");
        s.call("release");
        assertEquals(5, s.call("availablePermits"));
        assertThrows(SpecModel.NotEnabledException.class, () -> s.call("release"));
    }

    @Test
    void aReleaseThatThrewMatchesNoOutput() {
        assertEquals(Optional.empty(), SemaphoreSpec.bounded(1).step(0, "release", List.of(), new IllegalStateException()));
    }

    @Test
    void wrongCallsAreTheCallersMistake() {
        assertThrows(IllegalArgumentException.class, () -> SemaphoreSpec.bounded(1).apply(1, "tryAcquire", List.of()));
        assertThrows(IllegalArgumentException.class, () -> SemaphoreSpec.bounded(1).apply(1, "acquire", List.of(2)));
        assertThrows(IllegalArgumentException.class, () -> SemaphoreSpec.bounded(0));
    }
}
