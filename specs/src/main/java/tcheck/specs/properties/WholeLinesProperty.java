package tcheck.specs.properties;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What several threads printing lines to one output may produce, as a pure function over the text
 * (no threads here): the interleaved-printing lesson of seed {@code 000_715c6142ede907d2.txt} lines
 * 551-608, where two threads print {@code ABCDEFGH} and {@code abcdefgh} each letter twice and, without
 * a lock, the pairs come out mixed ({@code AaaABbBC...}).
 *
 * <p>The threads' lines may come out in any order relative to each other, but each line must come
 * out <em>whole</em>: the text, split at its newlines, must consist of exactly the lines the threads
 * printed, each once, every thread's own lines in the order it printed them, and nothing after the
 * last newline.
 */
public final class WholeLinesProperty {
    private WholeLinesProperty() {
    }

    /**
     * @param output        everything printed, lines ended by {@code '\n'}
     * @param linesByThread each thread's lines in the order it printed them, by thread name; the lines
     *                      of all threads must be distinct (so a line in the output says who printed it)
     * @return the first line that is not whole (or missing, or out of order), or empty when all are whole
     */
    public static Optional<String> check(String output, Map<String, List<String>> linesByThread) {
        Map<String, String> owner = new HashMap<>();
        Map<String, Integer> next = new HashMap<>();
        int expected = 0;
        for (var e : linesByThread.entrySet()) {
            for (String line : e.getValue()) {
                if (line.contains("\n") || owner.put(line, e.getKey()) != null) {
                    throw new IllegalArgumentException("lines must be distinct and without newlines: " + linesByThread);
                }
                expected++;
            }
            next.put(e.getKey(), 0);
        }
        List<String> printed = lines(output);
        for (int i = 0; i < printed.size(); i++) {
            String line = printed.get(i);
            String thread = owner.get(line);
            if (thread == null) {
                return Optional.of("line " + (i + 1) + " is \"" + line + "\": no thread printed that line,"
                        + " pieces of different lines interleaved");
            }
            int k = next.get(thread);
            List<String> own = linesByThread.get(thread);
            if (k >= own.size() || !own.get(k).equals(line)) {
                return Optional.of("line " + (i + 1) + " is \"" + line + "\": " + thread + " printed it"
                        + (k < own.size() ? " after \"" + own.get(k) + "\", which came out later or not at all" : " once already"));
            }
            next.put(thread, k + 1);
        }
        int endOfLast = output.lastIndexOf('\n') + 1;
        if (endOfLast < output.length()) {
            return Optional.of("the output ends in \"" + output.substring(endOfLast) + "\" without a newline:"
                    + " pieces of a line came out after the last whole line");
        }
        if (printed.size() != expected) {
            return Optional.of(printed.size() + " lines printed, expected " + expected);
        }
        return Optional.empty();
    }

    /** The complete lines of {@code output} (text after the last newline is not a line yet). */
    public static List<String> lines(String output) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int nl = output.indexOf('\n'); nl >= 0; nl = output.indexOf('\n', start)) {
            lines.add(output.substring(start, nl));
            start = nl + 1;
        }
        return lines;
    }
}
