package tcheck.scenarios.printing;

import tcheck.scenario.Bound;
import tcheck.scenario.Program;
import tcheck.scenario.Violation;
import tcheck.specs.properties.WholeLinesProperty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's two threads ({@code 000_715c6142ede907d2.txt} lines 569-576), one per alphabet: T1 prints
 * the lines {@code AA}, {@code BB}, ..., T2 {@code aa}, {@code bb}, ..., T3 {@code 00}, {@code 11}, ...,
 * m lines each (past the alphabet {@code AA1}, {@code BB1}, ...), every line through its own {@link LinePrinter} on one shared {@link Console}.
 * Afterwards {@link WholeLinesProperty} must hold: every printed line is whole.
 */
final class PrintingProgram implements Program {
    private static final String[] ALPHABETS = {"ABCDEFGH", "abcdefgh", "01234567"};

    private final Console console = new Console();
    private final List<LinePrinter> printers = new ArrayList<>();
    private final Map<String, List<String>> linesByThread = new LinkedHashMap<>();

    interface Printers {
        /** One printer per thread; all of them print on {@code console}. */
        List<LinePrinter> make(Console console, int threads);
    }

    PrintingProgram(Bound bound, Printers make) {
        if (bound.threads() > ALPHABETS.length) {
            throw new IllegalArgumentException("interleaved printing goes up to " + ALPHABETS.length
                    + " threads (one alphabet each), got bound " + bound);
        }
        printers.addAll(make.make(console, bound.threads()));
        for (int t = 0; t < bound.threads(); t++) {
            List<String> lines = new ArrayList<>();
            for (int k = 0; k < bound.operations(); k++) {
                // the seed prints each letter twice; past the alphabet a round number keeps lines distinct
                String letter = ALPHABETS[t].substring(k % ALPHABETS[t].length(), k % ALPHABETS[t].length() + 1);
                int round = k / ALPHABETS[t].length();
                lines.add(letter + letter + (round == 0 ? "" : String.valueOf(round)));
            }
            linesByThread.put("T" + (t + 1), List.copyOf(lines));
        }
    }

    @Override
    public void run() {
        List<Thread> threads = new ArrayList<>();
        int t = 0;
        for (var e : linesByThread.entrySet()) {
            LinePrinter printer = printers.get(t++);
            List<String> lines = e.getValue();
            threads.add(new Thread(() -> {
                for (String line : lines) {
                    printer.printLine(line);
                }
            }, e.getKey()));
        }
        for (Thread thread : threads) {
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while joining " + thread.getName(), ex);
            }
        }
    }

    @Override
    public void check() {
        String output = console.text();
        WholeLinesProperty.check(output, linesByThread).ifPresent(problem -> {
            throw Violation.invariant(problem + "; output " + shown(output));
        });
    }

    @Override
    public Map<String, Object> sharedState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("output", shown(console.text.toString()));
        return state;
    }

    /** The output on one line, newlines as {@code \n}. */
    private static String shown(String output) {
        return "\"" + output.replace("\n", "\\n") + "\"";
    }
}
