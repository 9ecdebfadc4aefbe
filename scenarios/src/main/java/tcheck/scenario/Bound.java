package tcheck.scenario;

/**
 * The size of one run of a scenario: how many worker threads and how many operations each.
 * Each scenario says what the numbers mean for it (philosophers: seats and meals; buffers:
 * producers/consumers and items) and picks a small default so exhaustive search stays cheap.
 * {@code capacity} is used by the buffer scenarios and ignored elsewhere.
 */
public record Bound(int threads, int operations, int capacity) {
    public Bound {
        if (threads < 1 || operations < 1 || capacity < 1) {
            throw new IllegalArgumentException("bound values must be >= 1: " + threads + "x" + operations + " cap " + capacity);
        }
    }

    public static Bound of(int threads, int operations) {
        return new Bound(threads, operations, 1);
    }

    /** Parses "2x3" (threads x operations) or "2x3c1" (with capacity); keeps this bound's capacity otherwise. */
    public Bound parse(String text) {
        var m = java.util.regex.Pattern.compile("(\\d+)x(\\d+)(?:c(\\d+))?").matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("malformed bound '" + text + "': expected THREADSxOPERATIONS, e.g. 2x2 or 2x2c1");
        }
        int cap = m.group(3) == null ? capacity : Integer.parseInt(m.group(3));
        return new Bound(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), cap);
    }

    @Override
    public String toString() {
        return threads + "x" + operations + (capacity != 1 ? "c" + capacity : "");
    }
}
