package tcheck.checker.explorer.runtime;

import tcheck.checker.explorer.instrument.Site;
import tcheck.checker.explorer.instrument.Sites;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The site of a field reached through reflection: where the reflective call is, naming the field and
 * saying whether it is volatile (what the memory model needs of a field instruction's site). Made
 * once per call site and field, not per access.
 */
final class ReflectiveSites {
    private record Key(int site, String field, boolean volatileField) {
    }

    private static final ConcurrentHashMap<Key, Integer> SITES = new ConcurrentHashMap<>();

    private ReflectiveSites() {
    }

    static int of(int callSite, String field, boolean volatileField) {
        return SITES.computeIfAbsent(new Key(callSite, field, volatileField), k -> {
            Site call = Sites.get(callSite);
            return Sites.register(call.owner(), call.file(), call.line(), field, volatileField, call.method());
        });
    }
}
