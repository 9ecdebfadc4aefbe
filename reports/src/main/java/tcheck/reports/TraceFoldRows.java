package tcheck.reports;

import tcheck.results.StepMark;
import tcheck.results.TraceStep;
import tcheck.results.text.TraceFolding;
import tcheck.results.text.TraceView;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the page shows each folded line: on the row of the step marked "fails here" when its fold
 * holds it, else on the fold's last row (so the state columns show the state after the fold).
 * Every other row is hidden until "show all steps" is ticked.
 */
final class TraceFoldRows {
    private final Map<Integer, TraceFolding.Line> shownAt = new HashMap<>();

    private TraceFoldRows() {
    }

    static TraceFoldRows of(List<TraceStep> steps) {
        TraceFoldRows rows = new TraceFoldRows();
        Map<Integer, TraceStep> byNumber = new HashMap<>();
        steps.forEach(s -> byNumber.put(s.step(), s));
        for (TraceFolding.Line line : TraceFolding.fold(steps)) {
            int at = line.last();
            for (int n = line.first(); n <= line.last(); n++) {
                TraceStep s = byNumber.get(n);
                if (s != null && s.has(StepMark.FAILS_HERE) && TraceView.threadOf(s).equals(line.thread())) {
                    at = n;
                }
            }
            rows.shownAt.put(at, line);
        }
        return rows;
    }

    /** The folded line shown on step {@code n}'s row, or null when that row is hidden in the folded view. */
    TraceFolding.Line shownAt(int n) {
        return shownAt.get(n);
    }
}
