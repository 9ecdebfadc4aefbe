package tcheck.scenarios.printing;

/**
 * Prints a line one piece at a time, each piece atomic on its own, the line as a whole not: threads'
 * lines come out jumbled.
 *
 * <p>Seed {@code 000_715c6142ede907d2.txt} lines 551-578 starts two threads, one printing
 * {@code ABCDEFGH} and one {@code abcdefgh}, each letter twice with {@code print(s[i], end = '')} and a
 * random sleep between the two prints, and shows the output {@code AaaABbBCCbcDcDEEdFdFeGGefHHfgghh}:
 * the pairs are torn apart. Here each pair is a line ({@code "AA"}, then a newline), written in three
 * pieces: the letter, the letter again, the newline. Every {@link Console#print(String)} is atomic, as
 * a {@link java.io.PrintStream}'s print is, so no piece tears; but nothing stops the other thread from
 * printing between two pieces of this thread's line. The sleep in the seed only widens the window: a
 * single preemption between two prints is enough, sleep or no sleep. The broken property: every line
 * printed is whole, output {@code "Aa\nA\na\n"} instead of {@code "AA\naa\n"}. The same happens with
 * {@code System.out.print} from several threads, and with a logger that writes a message in parts.
 */
final class PiecewisePrinter implements LinePrinter {
    private final Console console;

    PiecewisePrinter(Console console) {
        this.console = console;
    }

    @Override
    public void printLine(String line) {
        for (int i = 0; i < line.length(); i++) {
            console.print(line.substring(i, i + 1)); // another thread may print between two pieces
        }
        console.print("\n");
    }
}
