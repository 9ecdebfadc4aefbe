package tcheck.stress.harness;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Sample counts and shares the way a person reads them: "8.4 M", "5.8%". */
public final class Samples {
    private Samples() {
    }

    public static String count(long n) {
        if (n >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.1f G", n / 1e9);
        }
        if (n >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.1f M", n / 1e6);
        }
        if (n >= 10_000L) {
            return String.format(Locale.ROOT, "%.0f K", n / 1e3);
        }
        return Long.toString(n);
    }

    /** A share as a percentage with enough digits that a rare but observed outcome never reads as 0%. */
    public static String percent(long part, long total) {
        if (total == 0) {
            return "0%";
        }
        double p = 100.0 * part / total;
        if (p >= 1 || p == 0) {
            return String.format(Locale.ROOT, "%.1f%%", p);
        }
        if (p >= 0.01) {
            return String.format(Locale.ROOT, "%.2f%%", p);
        }
        return new BigDecimal(p).round(new MathContext(1)).toPlainString() + "%";
    }
}
