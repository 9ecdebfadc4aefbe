package tcheck.specs;

/**
 * One legal step of a sequential spec: what the operation returns and the state after it.
 *
 * @param output the return value ({@code null} for void operations)
 * @param next   the state after the operation
 */
public record Transition<S>(Object output, S next) {
}
