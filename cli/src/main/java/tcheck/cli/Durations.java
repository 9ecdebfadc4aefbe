package tcheck.cli;

import java.util.Locale;

/** Human-sized durations for summary lines. */
final class Durations {
    private Durations() {
    }

    static String format(long millis) {
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
