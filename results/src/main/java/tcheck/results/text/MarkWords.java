package tcheck.results.text;

import tcheck.results.StepMark;

import java.util.List;
import java.util.stream.Collectors;

/** A step's marks as words beside it: "fails here" first, the rest in the enum's order. */
public final class MarkWords {
    private MarkWords() {
    }

    public static String of(List<StepMark> marks) {
        return marks.stream()
                .sorted((a, b) -> a == StepMark.FAILS_HERE ? -1 : b == StepMark.FAILS_HERE ? 1 : a.compareTo(b))
                .map(StepMark::words).collect(Collectors.joining(", "));
    }
}
