package tcheck.reports;

/**
 * Something the report could not use: a corrupt results file, a missing input directory, an
 * unreadable catalog. Reports list these instead of failing, so one bad file never hides the rest.
 *
 * @param where the file or directory concerned (as given), or a short label
 * @param what  what is wrong with it, in words
 */
public record Problem(String where, String what) {
}
