package tcheck.results;

/** One row of an outcome histogram (jcstress): how often a result was observed and how it is graded. */
public record Outcome(String outcome, long count, double frequency, String grading, String description) {
}
