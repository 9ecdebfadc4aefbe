package tcheck.checker.explorer.instrument;

import java.util.ArrayList;
import java.util.List;

/**
 * The registry of every scheduling point inserted so far, by id. Instrumented bytecode pushes the
 * id; the runtime looks the site up to say where an operation happened. Ids are stable for the life
 * of the JVM because transformed classes are cached.
 */
public final class Sites {
    private static final List<Site> SITES = new ArrayList<>();

    private Sites() {
    }

    public static synchronized int register(String owner, String file, int line, String member, boolean volatileField,
                                        String method) {
        int id = SITES.size();
        SITES.add(new Site(id, owner, file, line, member, volatileField, method));
        return id;
    }

    /** Fixes the line of a site registered before the method's first line number was known. */
    public static synchronized void setLine(int id, int line) {
        Site s = SITES.get(id);
        SITES.set(id, new Site(s.id(), s.owner(), s.file(), line, s.member(), s.volatileField(), s.method()));
    }

    /** The site, or null for an operation without one (a park inside JDK code called from no checked site). */
    public static synchronized Site get(int id) {
        if (id < 0) {
            return null;
        }
        return SITES.get(id);
    }
}
