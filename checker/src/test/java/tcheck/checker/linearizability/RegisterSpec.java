package tcheck.checker.linearizability;

import tcheck.specs.SequentialSpec;
import tcheck.specs.Transition;

import java.util.List;
import java.util.Optional;

/** A read/write register, initially 0: the textbook's first linearizability example (test-only). */
final class RegisterSpec implements SequentialSpec<Integer> {
    @Override
    public String name() {
        return "register";
    }

    @Override
    public Integer init() {
        return 0;
    }

    @Override
    public Optional<Transition<Integer>> apply(Integer value, String op, List<?> args) {
        return switch (op) {
            case "write" -> Optional.of(new Transition<>(null, (Integer) args.get(0)));
            case "read" -> Optional.of(new Transition<>(value, value));
            default -> throw new IllegalArgumentException(op);
        };
    }
}
