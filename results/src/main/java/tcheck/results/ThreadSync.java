package tcheck.results;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thread's status after a step, and what it is blocked or waiting on: a lock, a condition or
 * monitor by the name the trace uses, or a thread it joins. {@code on} is null for a runnable or
 * finished thread.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ThreadSync(ThreadStatus status, String on) {
}
