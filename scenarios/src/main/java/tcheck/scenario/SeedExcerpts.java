package tcheck.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed material's lines a scenario comes from, as they are in the seed files: {@link Scenario#seed()}
 * names them ("000_715c6142ede907d2.txt lines 155-181 (globVar += 1); 003_db7905cd5774b6a8.txt lines
 * 159-218 ..."), and a copy of each named range lives in this module's resources
 * ({@code tcheck/seeds/<seed file>/<first>-<last>.txt}), so that a checkout without the seed files
 * can still show them. A test compares every copy with the seed files where they are present.
 *
 * <p>How a seed reference is read: words in parentheses are comments (they may quote line numbers of
 * their own, inside the named ranges); references to several files are separated by ';'; a file
 * name starts a file's references and numbers after it, until the next file name, are its lines:
 * "lines 155-181", "line 222", "lines 1222 and 1230", "1143-1175 (...), 1195-1199", "table of lines
 * 1284-1294", "the deadlock it fixes: line 1222".
 */
public final class SeedExcerpts {
    /** The resource folder of the copies. */
    public static final String RESOURCES = "tcheck/seeds/";

    private static final Pattern FILE = Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt");
    private static final Pattern RANGE = Pattern.compile("(?<![\\w.-])(\\d+)(?:\\s*-\\s*(\\d+))?(?![\\w.])");

    /** Lines {@code first..last} (1-based, inclusive) of one seed file. */
    public record Range(String file, int first, int last) {
        public Range {
            if (first < 1 || last < first) {
                throw new IllegalArgumentException("bad line range " + first + "-" + last + " of " + file);
            }
        }

        /** "000_715c6142ede907d2.txt lines 155-181" or "... line 222". */
        public String label() {
            return file + (first == last ? " line " + first : " lines " + first + "-" + last);
        }

        /** Where this range's copy lives on the classpath. */
        public String resource() {
            return RESOURCES + file + "/" + first + "-" + last + ".txt";
        }
    }

    /** One range with its lines, in order (no line terminators). */
    public record Excerpt(Range range, List<String> lines) {
    }

    private SeedExcerpts() {
    }

    /** The ranges a seed reference names, in the order it names them, each once. */
    public static List<Range> ranges(String seed) {
        Set<Range> out = new LinkedHashSet<>();
        if (seed == null) {
            return List.of();
        }
        String text = withoutParentheses(seed);
        Matcher file = FILE.matcher(text);
        List<int[]> files = new ArrayList<>(); // start, end of each file name
        while (file.find()) {
            files.add(new int[] {file.start(), file.end()});
        }
        for (int i = 0; i < files.size(); i++) {
            String name = text.substring(files.get(i)[0], files.get(i)[1]);
            int to = i + 1 < files.size() ? files.get(i + 1)[0] : text.length();
            Matcher m = RANGE.matcher(text.substring(files.get(i)[1], to));
            while (m.find()) {
                int first = Integer.parseInt(m.group(1));
                int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
                out.add(new Range(name, first, last));
            }
        }
        return List.copyOf(out);
    }

    /** The seed text without its parenthesized comments (nested parentheses too). */
    static String withoutParentheses(String seed) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : seed.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The copy of one range, from this module's resources; empty when it is missing. */
    public static Optional<Excerpt> excerpt(Range range) {
        try (InputStream in = SeedExcerpts.class.getClassLoader().getResourceAsStream(range.resource())) {
            if (in == null) {
                return Optional.empty();
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Optional.of(new Excerpt(range, text.lines().toList()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + range.resource(), e);
        }
    }

    /** Every range the scenario's seed names, with its lines where the copy exists. */
    public static List<Excerpt> of(Scenario s) {
        List<Excerpt> out = new ArrayList<>();
        for (Range r : ranges(s.seed())) {
            excerpt(r).ifPresent(out::add);
        }
        return out;
    }
}
