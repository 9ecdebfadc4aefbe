package tcheck.results;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The writer's warm-up serializes a result of every type a file holds, as a real write does: if the
 * contract changed so that it could not, the warm-up would fail in silence and warm nothing.
 */
class JsonWarmUpTest {
    @Test
    void theWarmUpsResultIsAWholeResultFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsFiles.writeSample(out);
        Result r = ResultsFiles.mapper().readValue(out.toByteArray(), Result.class);
        assertEquals(Verdict.COUNTEREXAMPLE, r.verdict());
        assertEquals(FailureKind.DEADLOCK, r.kind());
        assertEquals(300, r.trace().size(), "enough steps for the JIT to compile what a step goes through");
        assertNotNull(r.trace().get(0).sync(), "a step's synchronization state too");
        assertEquals(1, r.histogram().size());
    }
}
