package tcheck.specs.properties;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WholeLinesPropertyTest {
    private static Map<String, List<String>> seedThreads() {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        lines.put("T1", List.of("AA", "BB"));
        lines.put("T2", List.of("aa", "bb"));
        return lines;
    }

    @Test
    void wholeLinesInAnyInterleavingOfTheThreadsAreFine() {
        assertEquals(Optional.empty(), WholeLinesProperty.check("AA\nBB\naa\nbb\n", seedThreads()));
        assertEquals(Optional.empty(), WholeLinesProperty.check("AA\naa\nbb\nBB\n", seedThreads()));
    }

    @Test
    void piecesOfTwoLinesInOneLineAreCaught() {
        assertEquals(Optional.of("line 1 is \"Aa\": no thread printed that line, pieces of different lines interleaved"),
                WholeLinesProperty.check("Aa\nA\na\nBB\nbb\n", seedThreads()));
        assertEquals(Optional.of("line 1 is \"Aaa\": no thread printed that line, pieces of different lines interleaved"),
                WholeLinesProperty.check("Aaa\n\nA\nBB\nbb\n", seedThreads()));
    }

    @Test
    void aThreadsOwnLinesMustKeepTheirOrderAndAppearOnce() {
        assertEquals(Optional.of("line 1 is \"BB\": T1 printed it after \"AA\", which came out later or not at all"),
                WholeLinesProperty.check("BB\nAA\naa\nbb\n", seedThreads()));
        assertEquals(Optional.of("line 3 is \"BB\": T1 printed it once already"),
                WholeLinesProperty.check("AA\nBB\nBB\naa\nbb\n", seedThreads()));
    }

    @Test
    void missingLinesAndATrailingPieceAreCaught() {
        assertEquals(Optional.of("3 lines printed, expected 4"), WholeLinesProperty.check("AA\naa\nbb\n", seedThreads()));
        assertEquals(Optional.of("the output ends in \"B\" without a newline: pieces of a line came out after the last whole line"),
                WholeLinesProperty.check("AA\naa\nbb\nB", seedThreads()));
    }

    @Test
    void linesMustTellTheirThread() {
        assertThrows(IllegalArgumentException.class,
                () -> WholeLinesProperty.check("", Map.of("T1", List.of("AA"), "T2", List.of("AA"))));
    }

    @Test
    void onlyCompleteLinesAreLines() {
        assertEquals(List.of("AA", ""), WholeLinesProperty.lines("AA\n\nB"));
    }
}
