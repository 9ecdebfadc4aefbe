package tcheck.scenarios.lockorder;

import org.junit.jupiter.api.Test;
import tcheck.scenario.Bound;
import tcheck.scenario.Program;
import tcheck.scenario.Scenario;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each transfer on one thread, the give-up transfer against a held lock, and the program's check. */
class TransfersTest {
    @Test
    void everyTransferMovesTheMoneyWhenAlone() throws InterruptedException {
        for (Transfer t : List.of(new OppositeOrderTransfer(), new GlobalOrderTransfer(), new BackOffTransfer(),
                new GiveUpTransfer())) {
            BankAccount a = new BankAccount("A", 0, 10);
            BankAccount b = new BankAccount("B", 1, 10);
            assertTrue(t.transfer(b, a, 3), t.getClass().getSimpleName());
            assertEquals(13, a.balance);
            assertEquals(7, b.balance);
            assertFalse(a.lock.isLocked() || b.lock.isLocked(), "both locks released");
        }
    }

    @Test
    void giveUpReturnsFalseAndMovesNothingWhileAnotherThreadHoldsALock() throws InterruptedException {
        BankAccount a = new BankAccount("A", 0, 10);
        BankAccount b = new BankAccount("B", 1, 10);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            b.lock.lock();
            try {
                held.countDown();
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                b.lock.unlock();
            }
        });
        holder.start();
        held.await();
        try {
            assertFalse(new GiveUpTransfer().transfer(a, b, 1));
            assertEquals(10, a.balance);
            assertEquals(10, b.balance);
            assertFalse(a.lock.isHeldByCurrentThread());
        } finally {
            done.countDown();
            holder.join();
        }
    }

    @Test
    void theProgramRunsCleanOnRealThreadsAndShowsTheBalances() {
        for (Scenario s : List.of(new GlobalOrderScenario(), new GiveUpScenario())) {
            Program p = s.newProgram(Bound.of(3, 2));
            assertEquals(Map.of("balances", List.of(10, 10, 10)), p.sharedState());
            p.run();
            p.check();
        }
    }

    @Test
    void aRingNeedsTwoAccounts() {
        assertThrows(IllegalArgumentException.class, () -> new GlobalOrderScenario().newProgram(Bound.of(1, 1)));
    }
}
