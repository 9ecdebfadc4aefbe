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

    public static synchronized int register(String owner, String file, int line, String member, boolean volatileField) {
        int id = SITES.size();
        SITES.add(new Site(id, owner, file, line, member, volatileField));
        return id;
    }

    public static synchronized Site get(int id) {
        return SITES.get(id);
    }
}
