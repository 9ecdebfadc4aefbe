package tcheck.scenarios.printing;

import org.junit.jupiter.api.Test;
import tcheck.scenario.Bound;
import tcheck.scenario.Program;

import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Both printers on one thread, and the program's output and check. */
class PrintersTest {
    @Test
    void eitherPrinterWritesTheLineAndANewline() {
        Console console = new Console();
        new PiecewisePrinter(console).printLine("AA");
        new LockedPrinter(console, new ReentrantLock()).printLine("bb");
        assertEquals("AA\nbb\n", console.text());
    }

    @Test
    void oneThreadAfterTheOtherPrintsWholeLines() {
        for (Program p : List.of(new PiecewiseScenario().newProgram(Bound.of(1, 3)),
                new LockedScenario().newProgram(Bound.of(3, 2)))) {
            assertEquals(Map.of("output", "\"\""), p.sharedState());
            p.run();
            p.check();
        }
    }

    @Test
    void threeAlphabetsLimitTheThreadsButNotTheLines() {
        assertThrows(IllegalArgumentException.class, () -> new LockedScenario().newProgram(Bound.of(4, 1)));
        // past H the lines go on as AA1, BB1, ...: still distinct, so a torn line is still told apart
        Program p = new LockedScenario().newProgram(Bound.of(2, 9));
        p.run();
        p.check();
        // real threads: the two alphabets' lines interleave in any order, each alphabet's in its own
        String shown = p.sharedState().get("output").toString();
        List<String> lines = List.of(shown.substring(1, shown.length() - 1).split("\\\\n"));
        assertEquals(List.of("AA", "BB", "CC", "DD", "EE", "FF", "GG", "HH", "AA1"),
                lines.stream().filter(l -> Character.isUpperCase(l.charAt(0))).toList(), shown);
        assertEquals(List.of("aa", "bb", "cc", "dd", "ee", "ff", "gg", "hh", "aa1"),
                lines.stream().filter(l -> Character.isLowerCase(l.charAt(0))).toList(), shown);
    }
}
