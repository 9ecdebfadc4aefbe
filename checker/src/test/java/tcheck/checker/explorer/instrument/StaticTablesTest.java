package tcheck.checker.explorer.instrument;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A static final array is a read-only table only when nothing can change it: each class below is one
 * way to change one (or to keep it where it could be changed), and must leave its table out.
 */
class StaticTablesTest {
    static final class ReadOnly {
        static final int[] SQUARES = {0, 1, 4, 9};
        private static final String[] NAMES = {"A", "B"};
        static final long[] FILLED = new long[4];

        static {
            for (int i = 0; i < FILLED.length; i++) {
                FILLED[i] = i * 2L; // its own initializer's stores are its making
            }
        }

        static int read(int i, boolean first) {
            int[] alias = SQUARES; // a local copy, then only reads
            String name = first ? NAMES[0] : NAMES[i % NAMES.length];
            return alias[i] + alias.length + name.length() + (int) FILLED[i];
        }
    }

    static final class ElementStore {
        static final int[] COUNTS = {0};

        static void bump() {
            COUNTS[0]++;
        }
    }

    static final class StoreThroughALocalAfterABranch {
        static final int[] T = {1, 2};

        static void set(boolean which) {
            int[] a = which ? T : new int[2];
            a[0] = 5;
        }
    }

    static final class PassedToACall {
        static final int[] T = {3, 1, 2};

        static void sort() {
            Arrays.sort(T);
        }
    }

    static final class Returned {
        static final char[] T = {'a'};

        static char[] table() {
            return T;
        }
    }

    static final class KeptInAnotherField {
        static final byte[] T = {1};
        byte[] kept;

        void keep() {
            kept = T;
        }
    }

    static final class LockedOn {
        static final int[] T = {1};

        static void lock() {
            synchronized (T) {
                T.getClass();
            }
        }
    }

    static final class MadeElsewhere {
        static final int[] T = make();

        static int[] make() {
            return new int[]{1};
        }
    }

    static final class InitializerPassesItOn {
        static final int[] T = new int[3];

        static {
            Arrays.fill(T, 7);
        }
    }

    static final class NotATableType {
        static final int[][] GRID = {{1}};
        static final Object[] OBJECTS = {new Object()};

        static int read() {
            return GRID[0][0] + OBJECTS.length;
        }
    }

    /** Writes another class's table: the table's own class cannot see it, so this class counts as state. */
    static final class WritesAnotherClasssTable {
        static void write() {
            ReadOnly.SQUARES[1] = 2;
        }
    }

    static final class ReadsAnotherClasssTable {
        static int read() {
            return ReadOnly.SQUARES[2] + ReadOnly.SQUARES.length;
        }
    }

    private static StaticTables.Use of(Class<?> c) throws IOException {
        try (InputStream in = c.getResourceAsStream(c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class")) {
            return StaticTables.of(new ClassReader(in), internal -> internal.startsWith("tcheck/checker/explorer/instrument/"));
        }
    }

    @Test
    void arraysOnlyReadAfterTheirInitializerAreTables() throws IOException {
        StaticTables.Use use = of(ReadOnly.class);
        assertEquals(Set.of("SQUARES", "NAMES", "FILLED"), use.readOnly());
        assertFalse(use.changesOthers());
        assertEquals(StaticTables.Use.NONE, of(ReadsAnotherClasssTable.class));
    }

    @Test
    void everyWayToChangeOrKeepATableLeavesItOut() throws IOException {
        for (Class<?> c : new Class<?>[]{ElementStore.class, StoreThroughALocalAfterABranch.class, PassedToACall.class,
                Returned.class, KeptInAnotherField.class, LockedOn.class, MadeElsewhere.class, InitializerPassesItOn.class}) {
            StaticTables.Use use = of(c);
            assertEquals(Set.of(), use.readOnly(), c.getSimpleName());
            assertFalse(use.changesOthers(), c.getSimpleName());
        }
    }

    @Test
    void onlyOneDimensionOfUnchangeableElementsCanBeATable() throws IOException {
        assertEquals(Set.of(), of(NotATableType.class).readOnly());
        assertTrue(StaticTables.tableType("[I") && StaticTables.tableType("[Ljava/lang/String;"));
        assertFalse(StaticTables.tableType("[[I") || StaticTables.tableType("[Ljava/lang/Object;") || StaticTables.tableType("I"));
    }

    @Test
    void aClassThatWritesAnotherClasssTableCountsAsState() throws IOException {
        StaticTables.Use use = of(WritesAnotherClasssTable.class);
        assertTrue(use.changesOthers());
        assertEquals(Set.of(), use.readOnly());
    }
}
