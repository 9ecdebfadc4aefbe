package tcheck.results;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a thread is doing after a step, as a thread dump would say it. */
public enum ThreadStatus {
    /** Can run: chosen or not, nothing holds it back. */
    @JsonProperty("runnable") RUNNABLE,
    /** Wants a lock or monitor another thread holds (also when woken and re-acquiring it). */
    @JsonProperty("blocked") BLOCKED,
    /** In a wait set (a condition, a monitor's wait()), or waiting for a thread to end, a permit, a count. */
    @JsonProperty("waiting") WAITING,
    /** Its run() is over. */
    @JsonProperty("done") DONE
}
