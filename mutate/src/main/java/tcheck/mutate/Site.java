package tcheck.mutate;

/**
 * One place an operator can change, found in the original class and found again, by the same
 * method and instruction positions, in a fresh copy of it when the mutant is made.
 *
 * @param method      name and descriptor of the method ({@code put(I)V}), or null for a field
 * @param positions   instruction indexes within the method the operator acts on (its own meaning)
 * @param field       the field's name, for field-level operators, else null
 * @param change      what changes, in words: "synchronized (this.left) removed"
 * @param line        the source line (from the bytecode's line numbers), 0 when none
 */
public record Site(String method, int[] positions, String field, String change, int line) {
    public Site {
        positions = positions.clone();
    }

    @Override
    public int[] positions() {
        return positions.clone();
    }

    public int position(int i) {
        return positions[i];
    }
}
