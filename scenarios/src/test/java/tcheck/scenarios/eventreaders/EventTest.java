package tcheck.scenarios.eventreaders;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Event} on one thread: the flag semantics of Python's {@code threading.Event}. The blocking
 * behaviour (a waiter released by {@code set()}, even if {@code clear()} follows) is tested on real
 * threads in the checker's {@code EventReadersRealThreadTest}.
 */
class EventTest {
    @Test
    void startsCleared() {
        Event e = new Event();
        assertFalse(e.isSet());
        assertEquals("clear", e.describe());
    }

    @Test
    void setAndClearAreAStateNotACounter() {
        Event e = new Event();
        e.set();
        e.set();
        assertTrue(e.isSet());
        assertEquals("set", e.describe());
        e.clear();
        assertFalse(e.isSet(), "one clear() undoes any number of set() calls");
        e.clear();
        assertFalse(e.isSet());
    }

    @Test
    void awaitReturnsAtOnceWhileSet() throws InterruptedException {
        Event e = new Event();
        e.set();
        e.await();
        e.await();
        assertTrue(e.isSet(), "await() does not consume the flag");
    }

    @Test
    void awaitOnAClearedEventBlocksSoAnInterruptEndsIt() {
        Event e = new Event();
        Thread.currentThread().interrupt(); // the wait() inside await() throws at once instead of blocking
        assertThrows(InterruptedException.class, e::await);
        assertFalse(Thread.interrupted(), "the interrupt was consumed by wait()");
    }

    @Test
    void awaitOnASetEventIgnoresAPendingInterrupt() {
        Event e = new Event();
        e.set();
        Thread.currentThread().interrupt();
        try {
            assertDoesNotThrow(e::await);
        } finally {
            assertTrue(Thread.interrupted(), "the interrupt is left for the caller");
        }
    }
}
