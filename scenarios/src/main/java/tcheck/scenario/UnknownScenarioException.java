package tcheck.scenario;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An id that names no scenario; the message suggests the nearest one (a typo, a variant named
 * without its family) and lists the known ones so a user can correct it.
 */
public class UnknownScenarioException extends IllegalArgumentException {
    public UnknownScenarioException(String id, List<String> known) {
        super("unknown scenario '" + id + "'." + suggestion(id, known) + " Known scenarios:\n  " + String.join("\n  ", known)
                + "\n(a family name such as '" + (known.isEmpty() ? "race-counter" : known.get(0).split("/")[0])
                + "' selects all its variants)");
    }

    /** " Did you mean 'x'?" for the nearest id or family within a few edits, else "". */
    static String suggestion(String id, List<String> known) {
        Set<String> names = new LinkedHashSet<>();
        for (String k : known) {
            names.add(k.split("/")[0]);
            names.add(k);
        }
        String typed = id.toLowerCase(java.util.Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String n : names) {
            // a variant named alone ("greedy") is its family's
            int d = n.endsWith("/" + typed) ? 0 : distance(typed, n);
            if (d < bestDistance) {
                best = n;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, typed.length() / 4) ? " Did you mean '" + best + "'?" : "";
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }
}
