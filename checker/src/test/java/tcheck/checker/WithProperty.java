package tcheck.checker;

import java.util.function.Supplier;

/** Runs something with a system property set, and puts the property back as it was. */
public final class WithProperty {
    private WithProperty() {
    }

    public static <T> T with(String key, String value, Supplier<T> run) {
        String was = System.getProperty(key);
        System.setProperty(key, value);
        try {
            return run.get();
        } finally {
            if (was == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, was);
            }
        }
    }
}
