package tcheck.results;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * The synchronization state right after a step, beside the shared fields: every started thread's
 * status in start order, who holds which lock or monitor (free ones are left out), and who is in
 * which wait set (a condition's, or a monitor's for wait()).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SyncState(Map<String, ThreadSync> threads, Map<String, String> owners, Map<String, List<String>> waitSets) {
    public SyncState {
        threads = threads == null ? Map.of() : threads;
        owners = owners == null ? Map.of() : owners;
        waitSets = waitSets == null ? Map.of() : waitSets;
    }
}
