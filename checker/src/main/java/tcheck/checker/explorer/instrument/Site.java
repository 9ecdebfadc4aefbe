package tcheck.checker.explorer.instrument;

/**
 * A place in the code under test where a scheduling point was inserted.
 *
 * @param owner    internal name of the class whose code holds the site
 * @param file     source file name ("UnsafeCounter.java"), or the class name when unknown
 * @param line     source line, or -1
 * @param member   the field or method the instruction names (e.g. "count", "lock")
 * @param volatileField whether the field accessed is volatile
 * @param method   the method whose code holds the site ("withdraw"): traces fold a thread's steps in one call
 */
public record Site(int id, String owner, String file, int line, String member, boolean volatileField, String method) {
    /** "UnsafeCounter.java:9" */
    public String where() {
        return line > 0 ? file + ":" + line : file;
    }
}
