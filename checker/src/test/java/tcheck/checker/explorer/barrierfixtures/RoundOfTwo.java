package tcheck.checker.explorer.barrierfixtures;

/** {@link Round} with two parties. */
public class RoundOfTwo extends Round {
    public RoundOfTwo() {
        super(2);
    }
}
