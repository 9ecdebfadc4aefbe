package tcheck.checker.explorer.barrierfixtures;

/** {@link Round} with three parties. */
public class RoundOfThree extends Round {
    public RoundOfThree() {
        super(3);
    }
}
