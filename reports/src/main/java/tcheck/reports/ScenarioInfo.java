package tcheck.reports;

/**
 * What the report needs to know about one scenario variant, whether it came from the catalog or
 * only from a results file.
 *
 * @param expected "buggy" | "fixed" | null when unknown
 */
public record ScenarioInfo(String family, String variant, String expected, String title, String lesson) {
    public String id() {
        return family + "/" + variant;
    }
}
