package tcheck.scenario;

import java.util.List;

/** An id that names no scenario; the message lists the known ones so a user can correct it. */
public class UnknownScenarioException extends IllegalArgumentException {
    public UnknownScenarioException(String id, List<String> known) {
        super("unknown scenario '" + id + "'. Known scenarios:\n  " + String.join("\n  ", known)
                + "\n(a family name such as '" + (known.isEmpty() ? "race-counter" : known.get(0).split("/")[0])
                + "' selects all its variants)");
    }
}
