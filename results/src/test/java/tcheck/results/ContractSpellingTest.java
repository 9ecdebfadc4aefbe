package tcheck.results;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The typed verdicts and kinds are written and read in the words DESIGN.md fixes: files stay as they were. */
class ContractSpellingTest {
    @Test
    void verdictsAndKindsKeepTheContractsWords() {
        assertEquals(List.of("counterexample", "verified", "passed", "bounded", "not-observed", "error", "not-available"),
                Arrays.stream(Verdict.values()).map(Verdict::label).toList());
        assertEquals(List.of("invariant", "exception", "deadlock", "livelock", "data-race", "non-linearizable", "torn-read"),
                Arrays.stream(FailureKind.values()).map(FailureKind::label).toList());
        for (Verdict v : Verdict.values()) {
            assertEquals(v, Verdict.of(v.label()));
        }
        for (FailureKind k : FailureKind.values()) {
            assertEquals(k, FailureKind.of(k.label()));
        }
        assertNull(Verdict.of(null));
        assertNull(FailureKind.orNull("step-bound"));
        assertThrows(IllegalArgumentException.class, () -> Verdict.of("maybe"));
    }

    @Test
    void aResultFileHoldsTheWords(@TempDir Path dir) throws Exception {
        Result r = Result.builder("race-counter", "unsynchronized", "buggy", "explorer")
                .verdict(Verdict.NOT_OBSERVED).kind(FailureKind.DATA_RACE).build();
        Path file = ResultsFiles.write(dir, r);
        JsonNode json = ResultsFiles.mapper().readTree(file.toFile());
        assertEquals("not-observed", json.get("verdict").asText());
        assertEquals("data-race", json.get("kind").asText());
        assertEquals(1, json.get("schema").asInt());
        Result back = ResultsFiles.read(file);
        assertEquals(Verdict.NOT_OBSERVED, back.verdict());
        assertEquals(FailureKind.DATA_RACE, back.kind());
        Result noKind = ResultsFiles.read(ResultsFiles.write(dir, Result.builder("a", "b", "fixed", "explorer").verdict(Verdict.VERIFIED).build()));
        assertNull(noKind.kind());
    }
}
