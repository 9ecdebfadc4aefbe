package tcheck.results.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import tcheck.results.ResultsFiles;

import java.util.Collection;
import java.util.Map;

/** Formats a shared-state value for a table cell: scalars as written, collections as compact JSON. */
public final class ValueFormat {
    private ValueFormat() {
    }

    public static String format(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Map<?, ?> || v instanceof Collection<?> || v.getClass().isArray()) {
            try {
                return ResultsFiles.mapper().writer().without(
                        com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(v);
            } catch (JsonProcessingException e) {
                return String.valueOf(v);
            }
        }
        return String.valueOf(v);
    }

    /** Pretty JSON for structured evidence (details maps). */
    public static String pretty(Object v) {
        try {
            return ResultsFiles.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(v);
        } catch (JsonProcessingException e) {
            return String.valueOf(v);
        }
    }
}
