package tcheck.specs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountSpecTest {
    private final AccountSpec spec = new AccountSpec();

    @Test
    void withdrawSucceedsOnlyWithEnoughMoney() {
        SpecModel<Integer> m = new SpecModel<>(spec);
        m.call("deposit", 5);
        assertEquals(true, m.call("withdraw", 5));
        assertEquals(false, m.call("withdraw", 5));
        assertEquals(0, m.call("balance"));
    }

    @Test
    void secondSuccessfulWithdrawalOfTheSameMoneyIsImpossible() {
        Integer after = spec.step(5, "withdraw", List.of(5), true).orElseThrow();
        assertEquals(0, after);
        assertTrue(spec.step(after, "withdraw", List.of(5), true).isEmpty(), "overdraft must be impossible");
        assertEquals(0, spec.step(after, "withdraw", List.of(5), false).orElseThrow());
    }

    @Test
    void failedWithdrawalLeavesTheBalance() {
        assertEquals(3, spec.step(3, "withdraw", List.of(5), false).orElseThrow());
        assertFalse(spec.step(3, "withdraw", List.of(3), false).isPresent());
    }

    @Test
    void initialBalanceIsConfigurable() {
        assertEquals(100, new AccountSpec(100).init());
    }
}
