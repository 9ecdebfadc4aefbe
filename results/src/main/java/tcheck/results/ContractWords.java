package tcheck.results;

import java.util.function.Function;

/** The constant of an enum spelled as the contract writes it: shared by {@link Verdict} and {@link FailureKind}. */
final class ContractWords {
    private ContractWords() {
    }

    /** The constant whose label is {@code word}; null for null; an unknown word is refused, naming {@code what}. */
    static <E extends Enum<E>> E of(E[] values, Function<E, String> label, String word, String what) {
        if (word == null) {
            return null;
        }
        E found = orNull(values, label, word);
        if (found == null) {
            throw new IllegalArgumentException("not a " + what + " of the results contract: " + word);
        }
        return found;
    }

    static <E extends Enum<E>> E orNull(E[] values, Function<E, String> label, String word) {
        for (E e : values) {
            if (label.apply(e).equals(word)) {
                return e;
            }
        }
        return null;
    }
}
