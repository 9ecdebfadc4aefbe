package tcheck.checker.explorer.runtime;

/**
 * The program's own code failed while the program was being made (its constructor, a static
 * initializer, a {@code @BeforeEach}): the user's exception, reported as the program's failure,
 * never as tcheck's internal error.
 */
public final class ProgramConstructionFailed extends RuntimeException {
    public ProgramConstructionFailed(String what, Throwable cause) {
        super(what + " threw " + cause.getClass().getName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                + Execution.where(cause), cause, false, false);
    }
}
