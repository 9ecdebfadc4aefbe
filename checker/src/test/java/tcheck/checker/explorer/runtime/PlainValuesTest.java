package tcheck.checker.explorer.runtime;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.concurrent.locks.ReentrantLock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Values in a trace and in a state's fingerprint are the same in every run: no identity hash code shows. */
class PlainValuesTest {
    @Test
    void aJdkObjectThatPrintsItsIdentityIsShownByItsName() {
        ObjectNames names = new ObjectNames();
        FutureTask<Integer> task = new FutureTask<>(() -> 1);
        ReentrantLock lock = new ReentrantLock();
        Object shown = PlainValues.of(List.of(task, lock), names);
        assertEquals(List.of(names.of(task) + "[Not completed, task = ...]", names.of(lock) + "[Unlocked]"),
                shown, shown.toString());
        assertFalse(shown.toString().contains("@"), shown.toString());
    }

    @Test
    void twoRunsShowTheSameWordsAndFingerprint() {
        ObjectNames first = new ObjectNames();
        ObjectNames second = new ObjectNames();
        ReentrantLock a = new ReentrantLock();
        ReentrantLock b = new ReentrantLock(); // another object, another identity hash, the same place in its run
        assertEquals(PlainValues.of(a, first), PlainValues.of(b, second));
        assertEquals(PlainValues.hash(List.of(a), new ObjectNames()), PlainValues.hash(List.of(b), new ObjectNames()));
        ObjectNames names = new ObjectNames();
        assertEquals(PlainValues.of(List.of(a), names).hashCode(), PlainValues.hash(List.of(a), new ObjectNames()));
    }

    @Test
    void wordsWithAnAtThatIsNotTheIdentityStayAsTheyAre() {
        Object mail = new Object() {
            @Override
            public String toString() {
                return "someone@example.org";
            }
        };
        assertEquals("someone@example.org", PlainValues.of(mail, new ObjectNames()));
        assertTrue(PlainValues.of("a@b", new ObjectNames()).equals("a@b"));
    }
}
