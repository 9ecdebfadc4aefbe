package tcheck.scenarios.racecounter;

/**
 * A shared counter, the textbook's {@code globVar} / {@code x}: threads call {@link #increment()}
 * and afterwards everyone expects {@link #get()} to equal the number of increments made.
 */
public interface Counter {
    void increment();

    int get();
}
