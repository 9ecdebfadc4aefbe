package tcheck.checker.explorer.jdk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tcheck.checker.WithProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The JDK classes as rewritten before are taken again only from the very bytes they were rewritten from. */
class RewrittenClassesTest {
    @TempDir
    Path dir;

    private final byte[] source = {1, 2, 3, 4};
    private final byte[] rewritten = {9, 8, 7};

    @Test
    void aClassComesBackFromTheFileOnlyForTheSameSourceBytes() {
        Path file = dir.resolve("jdk.classes");
        RewrittenClasses first = RewrittenClasses.at(file);
        assertNull(first.get("java/util/concurrent/Phaser", source));
        first.put("java/util/concurrent/Phaser", source, rewritten);
        first.put("java/util/concurrent/TimeUnit", source, null); // left as it is
        first.save();

        RewrittenClasses next = RewrittenClasses.at(file);
        assertArrayEquals(rewritten, next.get("java/util/concurrent/Phaser", source));
        assertEquals(0, next.get("java/util/concurrent/TimeUnit", source).length, "known to be left as it is");
        assertNull(next.get("java/util/concurrent/Phaser", new byte[] {1, 2, 3, 5}), "another JDK's class: rewritten again");
        assertNull(next.get("java/util/concurrent/Exchanger", source));
    }

    @Test
    void aFileCutShortOrOfAnotherFormatGivesNothing() throws Exception {
        Path file = dir.resolve("jdk.classes");
        RewrittenClasses first = RewrittenClasses.at(file);
        first.put("java/util/concurrent/Phaser", source, rewritten);
        first.put("java/util/concurrent/Exchanger", source, rewritten);
        first.save();
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 2));
        assertNull(RewrittenClasses.at(file).get("java/util/concurrent/Phaser", source));
        assertNull(RewrittenClasses.at(file).get("java/util/concurrent/Exchanger", source));

        whole[3] = 42; // the format number
        Files.write(file, whole);
        assertNull(RewrittenClasses.at(file).get("java/util/concurrent/Phaser", source));
    }

    /** Without a directory from the launcher (or outside the jar, as in these tests) there is no cache. */
    @Test
    void noDirectoryNoCache() {
        assertNull(WithProperty.with("tcheck.jdk.cache", dir.toString(), RewrittenClasses::open), "the tests run from class directories, not the jar");
    }
}
