package tcheck.scenario;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every scenario's seed reference names lines that have a copy in the resources, and each copy is
 * exactly those lines of the seed file (checked where the seed files are: {@code ../shared/seeds}
 * beside the checkout, or {@code -Dtcheck.seeds.dir}).
 */
class SeedExcerptsTest {
    private static final String SEED = "000_715c6142ede907d2.txt";

    @Test
    void readsEveryWayASeedReferenceIsWritten() {
        assertEquals(List.of(new SeedExcerpts.Range(SEED, 155, 181), new SeedExcerpts.Range("003_db7905cd5774b6a8.txt", 159, 218)),
                SeedExcerpts.ranges(SEED + " lines 155-181 (globVar += 1); 003_db7905cd5774b6a8.txt lines 159-218 (x+=1, then with Lock)"));
        // numbers in the comments (and the comments' own parentheses) are not ranges
        assertEquals(List.of(new SeedExcerpts.Range(SEED, 465, 498)),
                SeedExcerpts.ranges(SEED + " lines 465-498 (withdraw on a Value (its RLock), lines 481-485), with the check"));
        // more ranges of one file, single lines, "and", a later clause without a file name
        assertEquals(List.of(new SeedExcerpts.Range("004_fbb8ff1068e5a4f0.txt", 1222, 1222),
                        new SeedExcerpts.Range("004_fbb8ff1068e5a4f0.txt", 1230, 1230),
                        new SeedExcerpts.Range("004_fbb8ff1068e5a4f0.txt", 1284, 1294)),
                SeedExcerpts.ranges("004_fbb8ff1068e5a4f0.txt lines 1222 and 1230 (the greedy philosopher, in prose); table of lines 1284-1294"));
        assertEquals(List.of(new SeedExcerpts.Range("002_e91a849d01495b10.txt", 1143, 1175),
                        new SeedExcerpts.Range("002_e91a849d01495b10.txt", 1195, 1199), new SeedExcerpts.Range(SEED, 903, 908)),
                SeedExcerpts.ranges("002_e91a849d01495b10.txt lines 1143-1175 (if before wait), 1195-1199 (1 producer, 4 consumers); "
                        + SEED + " lines 903-908 (if not queue: wait)"));
        assertEquals(List.of(new SeedExcerpts.Range("003_db7905cd5774b6a8.txt", 222, 222)),
                SeedExcerpts.ranges("003_db7905cd5774b6a8.txt line 222 (a lock on resource A, then B; \"adding a timeout\")"));
        assertEquals(List.of(), SeedExcerpts.ranges("the notes, somewhere"));
    }

    @Test
    void everyScenarioHasItsSeedLinesInTheResources() {
        for (Scenario s : Catalog.all()) {
            List<SeedExcerpts.Range> ranges = SeedExcerpts.ranges(s.seed());
            assertFalse(ranges.isEmpty(), s.id() + " names no seed lines: " + s.seed());
            List<SeedExcerpts.Excerpt> excerpts = SeedExcerpts.of(s);
            assertEquals(ranges, excerpts.stream().map(SeedExcerpts.Excerpt::range).toList(), s.id() + ": a copy is missing");
            for (SeedExcerpts.Excerpt e : excerpts) {
                assertEquals(e.range().last() - e.range().first() + 1, e.lines().size(), e.range().label());
            }
        }
    }

    @Test
    void noCopyIsLeftOverFromAnOldSeedReference() throws IOException, URISyntaxException {
        Set<String> named = new TreeSet<>();
        Catalog.all().forEach(s -> SeedExcerpts.ranges(s.seed()).forEach(r -> named.add(r.resource())));
        URL root = getClass().getClassLoader().getResource(SeedExcerpts.RESOURCES);
        assertTrue(root != null && root.getProtocol().equals("file"), "resources folder " + root);
        Path dir = Paths.get(root.toURI());
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile)
                    .forEach(f -> present.add(SeedExcerpts.RESOURCES + dir.relativize(f).toString().replace('\\', '/')));
        }
        assertEquals(named, present);
    }

    @Test
    void eachCopyIsExactlyThoseLinesOfTheSeedFile() throws IOException {
        Path seeds = seedsDir();
        assumeTrue(Files.isDirectory(seeds), "no seed files at " + seeds.toAbsolutePath().normalize() + ": the copies are not compared");
        List<String> differ = new ArrayList<>();
        int compared = 0;
        for (Scenario s : Catalog.all()) {
            for (SeedExcerpts.Excerpt e : SeedExcerpts.of(s)) {
                List<String> file = Files.readString(seeds.resolve(e.range().file()), StandardCharsets.UTF_8).lines().toList();
                List<String> lines = file.subList(e.range().first() - 1, Math.min(e.range().last(), file.size()));
                if (!lines.equals(e.lines())) {
                    differ.add(s.id() + ": " + e.range().label());
                }
                compared++;
            }
        }
        assertEquals(List.of(), differ, "copies that are not the seed's lines (copy them again from " + seeds + ")");
        assertTrue(compared >= Catalog.all().size(), compared + " copies compared");
    }

    private static Path seedsDir() {
        String dir = System.getProperty("tcheck.seeds.dir");
        if (dir != null) {
            return Paths.get(dir);
        }
        // the module's folder is the working directory under Maven; the checkout's parent holds shared/
        for (Path p : List.of(Paths.get("../../shared/seeds"), Paths.get("../shared/seeds"))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return Paths.get("../../shared/seeds");
    }
}
