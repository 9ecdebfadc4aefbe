package tcheck.specs;

import java.util.List;
import java.util.Optional;

/**
 * A bank account: {@code deposit(n)} adds n; {@code withdraw(n)} subtracts n and returns
 * {@code true} only if the balance is at least n, else leaves it and returns {@code false};
 * {@code balance()} returns it. The state is the balance. A balance below zero is unreachable, so
 * an overdraft (two withdrawals that both saw enough money) shows as an impossible history.
 */
public final class AccountSpec implements SequentialSpec<Integer> {
    public static final String DEPOSIT = "deposit";
    public static final String WITHDRAW = "withdraw";
    public static final String BALANCE = "balance";

    private final int initial;

    public AccountSpec() {
        this(0);
    }

    public AccountSpec(int initialBalance) {
        this.initial = initialBalance;
    }

    @Override
    public String name() {
        return "account";
    }

    @Override
    public Integer init() {
        return initial;
    }

    @Override
    public Optional<Transition<Integer>> apply(Integer balance, String op, List<?> args) {
        switch (op) {
            case DEPOSIT -> {
                Args.count(name(), op, args, 1);
                return Optional.of(new Transition<>(null, balance + Args.integer(name(), op, args, 0)));
            }
            case WITHDRAW -> {
                Args.count(name(), op, args, 1);
                int amount = Args.integer(name(), op, args, 0);
                boolean enough = balance >= amount;
                return Optional.of(new Transition<>(enough, enough ? balance - amount : balance));
            }
            case BALANCE -> {
                Args.none(name(), op, args);
                return Optional.of(new Transition<>(balance, balance));
            }
            default -> throw Args.unknown(name(), op, List.of(DEPOSIT, WITHDRAW, BALANCE));
        }
    }
}
