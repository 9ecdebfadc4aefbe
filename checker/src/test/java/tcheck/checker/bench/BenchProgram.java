package tcheck.checker.bench;

/** A benchmark program: what it computed, read after an execution (its final outcome). */
public interface BenchProgram {
    String outcome();
}
