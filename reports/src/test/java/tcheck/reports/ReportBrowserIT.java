package tcheck.reports;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import tcheck.results.Result;
import tcheck.results.TraceStep;
import tcheck.results.Verdict;
import tcheck.results.text.TextTrace;
import tcheck.results.text.TraceFolding;
import tcheck.results.text.TraceView;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opens the report that {@code mvn verify} generated (pre-integration-test, ReportMain) in headless
 * Chromium: the matrix cells against the results files, stepping through a trace with the buttons and
 * the arrow keys, the failing step's highlight, and a page built from a missing and a corrupt file.
 * Screenshots go to target/screenshots/.
 *
 * <p>While no engine has written explorer results yet, it tests a report of the TEST-ONLY fixtures
 * (src/test/resources/fixtures) written to target/report-fixtures/ instead; the real report is used as
 * soon as {@code checker/target/results/*__explorer.json} exists.
 */
class ReportBrowserIT {
    private static List<Path> inputs;
    private static Path reportDir;
    private static Path screenshots;
    private static HeadlessChromium chromium;
    private static ChromeDriver driver;

    @BeforeAll
    static void openBrowser() throws IOException {
        HeadlessChromium.requireInstalled();
        Path checker = Paths.get(System.getProperty("tcheck.results.checker", "../checker/target/results"));
        Path stress = Paths.get(System.getProperty("tcheck.results.stress", "../stress/target/results"));
        Path engines = Paths.get(System.getProperty("tcheck.results.engines", "../engines/target/results"));
        screenshots = Files.createDirectories(Paths.get(System.getProperty("tcheck.screenshots.dir", "target/screenshots")));
        if (hasExplorerResults(checker)) {
            inputs = List.of(checker, stress, engines);
            reportDir = Paths.get(System.getProperty("tcheck.report.dir", "target/report"));
            assertTrue(Files.exists(reportDir.resolve("index.html")),
                    "the build should have generated " + reportDir.resolve("index.html") + " in pre-integration-test");
        } else {
            inputs = List.of(Fixtures.dir("checker"), Fixtures.dir("stress"));
            reportDir = Paths.get("target", "report-fixtures");
            System.out.println("ReportBrowserIT: no explorer results in " + checker.toAbsolutePath().normalize()
                    + " yet; testing a report of the TEST-ONLY fixtures in " + reportDir.toAbsolutePath());
            ReportGenerator.generate(inputs, reportDir);
        }
        chromium = HeadlessChromium.start();
        driver = chromium.driver;
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static boolean hasExplorerResults(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*__explorer.json")) {
            return s.iterator().hasNext();
        }
    }

    private static void open(Path page) {
        driver.get(page.toAbsolutePath().normalize().toUri().toString());
    }

    private static WebElement cell(String id, String engine) {
        return driver.findElement(By.cssSelector("td[data-cell='" + id + "/" + engine + "']"));
    }

    private static void screenshot(String name) throws IOException {
        Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** One rendered matrix cell: its text as the browser shows it, its verdict attribute and its link. */
    private record ShownCell(String text, String verdict, String href) {
    }

    /** All cells in one round trip (one WebDriver call per cell is slow on a loaded machine). */
    @SuppressWarnings("unchecked")
    private static Map<String, ShownCell> shownCells() {
        List<List<String>> rows = (List<List<String>>) driver.executeScript(
                "return Array.from(document.querySelectorAll('td[data-cell]')).map(function (td) {"
                        + " var a = td.querySelector('a');"
                        + " return [td.getAttribute('data-cell'), td.innerText, td.getAttribute('data-verdict'), a ? a.href : ''];"
                        + "});");
        Map<String, ShownCell> out = new HashMap<>();
        for (List<String> row : rows) {
            out.put(row.get(0), new ShownCell(row.get(1).strip().replaceAll("\\s+", " "), row.get(2), row.get(3)));
        }
        return out;
    }

    @Test
    void theMatrixShowsEveryResultsFileAndNotRunForTheRest() throws IOException {
        LoadedResults loaded = ResultsLoader.load(inputs);
        assertFalse(loaded.results().isEmpty(), "no results to show in " + inputs);
        open(reportDir.resolve("index.html"));
        Map<String, ShownCell> cells = shownCells();
        for (Result r : loaded.results()) {
            String where = r.id() + "/" + r.engine();
            ShownCell c = cells.get(where);
            assertNotNull(c, "no cell for " + where);
            String text = c.text().toLowerCase(Locale.ROOT);
            assertEquals(r.verdict().label(), c.verdict(), where);
            switch (r.verdict()) {
                case COUNTEREXAMPLE -> {
                    assertTrue(text.contains("caught"), text);
                    if (r.kind() != null) {
                        assertTrue(text.contains(r.kind().label()), text);
                    }
                    if (r.trace() != null && !r.trace().isEmpty()) {
                        assertTrue(text.contains(r.trace().size() + " step"), text);
                    }
                    assertTrue(c.href().endsWith(PageNames.tracePage(r)), where + " links to its page: " + c.href());
                }
                case VERIFIED -> assertTrue(text.contains(String.format(Locale.ROOT, "%,d", r.executions()))
                        && text.contains(Boolean.FALSE.equals(r.complete()) ? "bounded" : "complete"), text);
                case NOT_OBSERVED -> assertTrue(text.contains("not observed"), text);
                case NOT_AVAILABLE -> assertTrue(text.startsWith("not available"), text);
                default -> assertTrue(text.contains(r.verdict().label()), text);
            }
        }
        // Every catalog variant has a row; cells without a file say so.
        for (ScenarioInfo s : CatalogScenarios.load().scenarios()) {
            for (String engine : Engines.CONTRACT) {
                boolean ran = loaded.results().stream().anyMatch(r -> r.id().equals(s.id()) && r.engine().equals(engine));
                ShownCell c = cells.get(s.id() + "/" + engine);
                assertNotNull(c, "no cell for " + s.id() + "/" + engine);
                if (!ran) {
                    assertEquals("not run", c.text(), s.id() + " " + engine);
                    assertEquals("", c.href());
                }
            }
        }
        screenshot("index.png");
    }

    @Test
    void stepsThroughACounterexampleWithTheButtonsAndTheArrowKeys() throws IOException {
        Result r = traceToStepThrough();
        List<TraceStep> steps = r.trace();
        open(reportDir.resolve("index.html"));
        cell(r.id(), r.engine()).findElement(By.tagName("a")).click();
        assertTrue(driver.getCurrentUrl().endsWith(PageNames.tracePage(r)), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains(r.variant()));

        // Folded (the default), the rows are the folded lines; "show all steps" unfolds every step.
        List<TraceFolding.Line> lines = TraceFolding.fold(steps);
        assertEquals(lines.size(), visibleRows().size(), "one row per folded line");
        WebElement allSteps = driver.findElement(By.id("all-steps"));
        allSteps.click();
        assertEquals(steps.size(), visibleRows().size(), "every step unfolded");
        driver.findElement(By.tagName("body")).sendKeys(Keys.HOME); // unfolding keeps the step shown; start from the first

        WebElement prev = driver.findElement(By.id("prev-step"));
        WebElement next = driver.findElement(By.id("next-step"));
        assertShows(steps, 0);
        assertFalse(prev.isEnabled(), "no step before the first");

        next.click();
        assertShows(steps, 1);
        driver.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
        assertShows(steps, Math.min(2, steps.size() - 1));
        driver.findElement(By.tagName("body")).sendKeys(Keys.ARROW_LEFT);
        assertShows(steps, 1);
        prev.click();
        assertShows(steps, 0);

        // The failing step: the result's failingStep, else the last step; highlighted all along.
        int failing = r.failingStep() != null ? r.failingStep() : steps.get(steps.size() - 1).step();
        List<WebElement> failingRows = driver.findElements(By.cssSelector("#swimlane tr.step.failing"));
        assertEquals(1, failingRows.size());
        assertEquals(Integer.toString(failing), failingRows.get(0).getAttribute("data-step"));
        String shadow = failingRows.get(0).findElement(By.cssSelector("td.num")).getCssValue("box-shadow");
        assertTrue(shadow.contains("rgb(217, 48, 37)"), "failing step drawn in red: " + shadow);
        WebElement failNote = driver.findElement(By.id("sd-failing"));
        assertFalse(failNote.isDisplayed() && failing != steps.get(0).step(), "no failure shown at step 1");

        int failingIndex = indexOfStep(steps, failing);
        for (int i = 0; i < failingIndex; i++) {
            driver.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
        }
        assertShows(steps, failingIndex);
        assertTrue(failNote.isDisplayed(), "the failing step says so");
        assertTrue(failNote.getText().startsWith("fails here"), failNote.getText());
        assertTrue(driver.findElement(By.id("step-detail")).getAttribute("class").contains("failing"));
        screenshot("trace.png");

        if (failingIndex < steps.size() - 1) {
            next.click();
            assertFalse(failNote.isDisplayed());
        }
        driver.findElement(By.tagName("body")).sendKeys(Keys.END);
        assertShows(steps, steps.size() - 1);
        assertFalse(next.isEnabled(), "no step after the last");

        String replay = TextTrace.replayCommand(r);
        if (replay != null) {
            assertEquals(replay, driver.findElement(By.id("replay")).getText());
        }
    }

    @Test
    void aMissingAndACorruptFileStillGiveAPageThatSaysSo(@TempDir Path tmp) throws IOException {
        Result removed = traceToStepThrough();
        List<Path> copies = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Path copy = Files.createDirectories(tmp.resolve("in" + i));
            copyJson(inputs.get(i), copy);
            copies.add(copy);
        }
        Path first = copies.get(0);
        String removedName = removed.scenario() + "__" + removed.variant() + "__" + removed.engine() + ".json";
        boolean deleted = false;
        for (Path dir : copies) {
            deleted |= Files.deleteIfExists(dir.resolve(removedName));
        }
        assertTrue(deleted, removedName + " was in the inputs");
        Files.writeString(first.resolve("broken__variant__explorer.json"), "{ \"schema\": 1, \"scenario\": \"bro");

        Report report = ReportGenerator.generate(copies, tmp.resolve("report"));
        open(report.index());
        assertEquals("not run", cell(removed.id(), removed.engine()).getText());
        String problems = driver.findElement(By.id("problem-list")).getText();
        assertTrue(problems.contains("broken__variant__explorer.json") && problems.contains("corrupt"), problems);
        driver.findElement(By.cssSelector("#missing summary")).click();
        assertTrue(driver.findElement(By.id("missing")).getText().contains(removedName));
        screenshot("index-missing-and-corrupt.png");
    }

    /** Lays the page out as on a screen {@code width} CSS pixels wide (a projector: 800; a laptop: 1400). */
    private static void viewport(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    /**
     * What sticks out sideways on the open page: the page itself, or a box that scrolls sideways (a
     * trace table cut off in its pane). Blocks of preformatted engine text may scroll: they are text.
     */
    @SuppressWarnings("unchecked")
    private static List<String> sidewaysOverflow() {
        return (List<String>) driver.executeScript(
                "var out = [];"
                        + "var doc = document.documentElement;"
                        + "if (doc.scrollWidth > window.innerWidth + 1) { out.push('page ' + doc.scrollWidth + ' > ' + window.innerWidth); }"
                        + "document.querySelectorAll('body *').forEach(function (el) {"
                        + "  if (el.tagName === 'PRE' || el.closest('pre') || el.offsetParent === null) { return; }"
                        + "  var ox = getComputedStyle(el).overflowX;"
                        + "  if ((ox === 'auto' || ox === 'scroll') && el.scrollWidth > el.clientWidth + 1) {"
                        + "    out.push((el.id || el.className || el.tagName) + ' ' + el.scrollWidth + ' > ' + el.clientWidth); }"
                        + "});"
                        + "return out;");
    }

    @Test
    void noPageOverflowsSidewaysAt800Or1400PixelsAndTheStepBoxStaysInView() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(reportDir.resolve("index.html")));
        try (Stream<Path> traces = Files.list(reportDir.resolve("traces"))) {
            traces.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
        }
        List<String> overflowing = new ArrayList<>();
        try {
            for (int width : new int[] {800, 1400}) {
                viewport(width);
                for (Path page : pages) {
                    open(page);
                    for (String what : sidewaysOverflow()) {
                        overflowing.add(width + " px " + page.getFileName() + ": " + what);
                    }
                }
            }
            assertEquals(List.of(), overflowing, "pages wider than the screen");

            // stepping to the end of a long trace on a projector: the step box and the current row stay in view
            viewport(800);
            Result r = longestExplorerTrace();
            open(reportDir.resolve(PageNames.tracePage(r)));
            screenshot("trace-800.png");
            driver.findElement(By.id("all-steps")).click(); // every step, not the folded lines: the longest walk
            assertEquals(r.trace().size(), visibleRows().size(), "every step unfolded");
            driver.findElement(By.tagName("body")).sendKeys(Keys.HOME);
            for (int i = 0; i < r.trace().size() - 1; i++) {
                driver.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
            }
            assertShows(r.trace(), r.trace().size() - 1);
            @SuppressWarnings("unchecked")
            Map<String, Object> box = (Map<String, Object>) driver.executeScript(
                    "var s = document.getElementById('stepper').getBoundingClientRect();"
                            + "var row = document.querySelector('#swimlane tr.step.current').getBoundingClientRect();"
                            + "return {top: s.top, bottom: s.bottom, rowTop: row.top, rowBottom: row.bottom, height: window.innerHeight,"
                            + " scrolled: window.scrollY};");
            double top = ((Number) box.get("top")).doubleValue();
            double bottom = ((Number) box.get("bottom")).doubleValue();
            assertTrue(((Number) box.get("scrolled")).doubleValue() > 0, "a long trace scrolls the page: " + box);
            assertTrue(top >= -1 && top <= 1, "the step box sticks to the top while stepping: " + box);
            assertTrue(((Number) box.get("rowTop")).doubleValue() >= bottom - 1
                    && ((Number) box.get("rowBottom")).doubleValue() <= ((Number) box.get("height")).doubleValue() + 1,
                    "the current row is visible below the step box: " + box);
            screenshot("trace-800-last-step.png");
            viewport(1400);
            open(reportDir.resolve(PageNames.tracePage(r)));
            screenshot("trace-1400.png");
            open(reportDir.resolve("index.html"));
            screenshot("index-1400.png");
            // the README's pictures: the wake-up bug, with its locks, wait sets and the fixed variant beside it
            Path ifWait = reportDir.resolve("traces/pcp-condition__if-wait__explorer.html");
            if (Files.exists(ifWait)) {
                for (int width : new int[] {800, 1400}) {
                    viewport(width);
                    open(ifWait);
                    driver.findElement(By.id("all-steps")).click(); // step 11 is inside a folded line
                    driver.findElement(By.id("swimlane")).findElement(By.id("step-11")).click();
                    screenshot("if-wait-" + width + ".png");
                    driver.findElement(By.id("to-code")).click(); // the README's picture of the code at the same step
                    screenshot("if-wait-code-" + width + ".png");
                }
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * The code under the trace follows the steps: at each step every thread's line is the line of its
     * latest step so far in a file the page shows (worked out here from the results file, not from the
     * page's own data), drawn in the thread's lane colour and scrolled into its box; with the buttons,
     * the arrow keys and a click on a row; at 800 and 1400 px, where the page must not overflow sideways.
     */
    @Test
    void theJavaBesideTheTraceHighlightsEachThreadsLineAsYouStep() throws IOException {
        Result r = traceWithCode();
        List<TraceStep> steps = r.trace();
        try {
            for (int width : new int[] {800, 1400}) {
                viewport(width);
                open(reportDir.resolve(PageNames.tracePage(r)));
                assertTrue(driver.findElement(By.id("seed-python")).isDisplayed(), "the seed's Python is shown");
                assertFalse(driver.findElements(By.cssSelector("#seed-python pre.code.seed .sl")).isEmpty(), "with its lines");
                @SuppressWarnings("unchecked")
                Map<String, Object> files = (Map<String, Object>) driver.executeScript(
                        "var out = {}; document.querySelectorAll('#java-source .src-file').forEach(function (f) {"
                                + " out[f.getAttribute('data-file')] = f.querySelectorAll('.sl').length; }); return out;");
                assertFalse(files.isEmpty(), "Java files shown for " + r.id());
                driver.findElement(By.id("all-steps")).click();
                driver.findElement(By.tagName("body")).sendKeys(Keys.HOME);
                int walk = Math.min(steps.size(), 30);
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (int i = 0; i < walk; i++) {
                    if (i > 0) {
                        driver.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
                    }
                    assertShows(steps, i);
                    Map<String, String> expected = expectedLines(steps, i, files);
                    assertEquals(expected, highlighted(), width + " px, step " + steps.get(i).step());
                    seen.add(expected.toString());
                }
                assertTrue(seen.size() >= 3, "the highlight moves while stepping: " + seen);
                driver.findElement(By.id("prev-step")).click();
                assertEquals(expectedLines(steps, walk - 2, files), highlighted(), "back one step with the button");
                // a click on a row jumps there
                int target = 2; // traces of 4 steps or more
                driver.executeScript("arguments[0].click();", driver.findElement(By.id("step-" + steps.get(target).step())));
                assertShows(steps, target);
                assertEquals(expectedLines(steps, target, files), highlighted(), "after a click on step " + steps.get(target).step());
                assertEquals(List.of(), sidewaysOverflow(), width + " px: nothing sticks out sideways");
                if (width == 1400) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> boxes = (Map<String, Object>) driver.executeScript(
                            "var p = document.getElementById('seed-python').getBoundingClientRect(),"
                                    + " j = document.getElementById('java-source').getBoundingClientRect();"
                                    + "return {pyRight: p.right, javaLeft: j.left, pyTop: p.top, javaTop: j.top};");
                    assertTrue(((Number) boxes.get("pyRight")).doubleValue() <= ((Number) boxes.get("javaLeft")).doubleValue(),
                            "the Java beside the Python on a wide screen: " + boxes);
                } else {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> boxes = (Map<String, Object>) driver.executeScript(
                            "var p = document.getElementById('seed-python').getBoundingClientRect(),"
                                    + " j = document.getElementById('java-source').getBoundingClientRect();"
                                    + "return {pyBottom: p.bottom, javaTop: j.top};");
                    assertTrue(((Number) boxes.get("pyBottom")).doubleValue() <= ((Number) boxes.get("javaTop")).doubleValue(),
                            "the Java below the Python on a projector: " + boxes);
                }
                // reading the code (the link in the step box takes you there), stepping on keeps the page where it is
                driver.findElement(By.id("to-code")).click();
                @SuppressWarnings("unchecked")
                Map<String, Object> below = (Map<String, Object>) driver.executeScript(
                        "return {stepper: document.getElementById('stepper').getBoundingClientRect().bottom,"
                                + " code: document.getElementById('java-source').getBoundingClientRect().top};");
                assertTrue(((Number) below.get("code")).doubleValue() >= ((Number) below.get("stepper")).doubleValue() - 1,
                        "the Java lands below the step box: " + below);
                String codeTop = "return document.getElementById('code').getBoundingClientRect().top;";
                double before = ((Number) driver.executeScript(codeTop)).doubleValue();
                assertTrue(((Number) driver.executeScript("return window.scrollY;")).doubleValue() > 0, "the link scrolled down to the code");
                driver.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
                assertShows(steps, target + 1);
                assertEquals(expectedLines(steps, target + 1, files), highlighted(), "stepped while reading the code");
                // the step box may change its height by a line; the code must not be pulled away to the trace's row
                assertEquals(before, ((Number) driver.executeScript(codeTop)).doubleValue(), 40.0, "the page stays at the code");
                screenshot("code-" + width + ".png");
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static final java.util.regex.Pattern WHERE = java.util.regex.Pattern.compile("(\\w+\\.java):(\\d+)");

    /** Thread -> "File.java:line" of its latest step up to step index {@code upTo} in a file the page shows. */
    private static Map<String, String> expectedLines(List<TraceStep> steps, int upTo, Map<String, Object> files) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (int i = 0; i <= upTo; i++) {
            TraceStep s = steps.get(i);
            java.util.regex.Matcher m = s.where() == null ? null : WHERE.matcher(s.where());
            if (m != null && m.matches() && files.containsKey(m.group(1))
                    && Integer.parseInt(m.group(2)) <= ((Number) files.get(m.group(1))).intValue()) {
                out.put(TraceView.threadOf(s), m.group(1) + ":" + m.group(2));
            }
        }
        return out;
    }

    /**
     * Thread -> "File.java:line" as the page highlights it: the line holding the thread's chip, which must be
     * drawn in the thread's lane colour, visible in its scrolled box, and said the same in the "where now" line.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, String> highlighted() {
        List<List<Object>> chips = (List<List<Object>>) driver.executeScript(
                "return Array.from(document.querySelectorAll('#java-source .sl .who .chip')).map(function (chip) {"
                        + " var line = chip.closest('.sl'), box = line.parentNode, file = line.closest('.src-file').getAttribute('data-file');"
                        + " var name = chip.getAttribute('data-thread');"
                        + " var head = Array.from(document.querySelectorAll('#swimlane th.lane-head')).find(function (th) {"
                        + "   return th.getAttribute('data-thread') === name; });"
                        + " var now = Array.from(document.querySelectorAll('#where-now .chip')).find(function (c) {"
                        + "   return c.getAttribute('data-thread') === name; });"
                        + " var inView = line.offsetTop >= box.scrollTop - 1 && line.offsetTop + line.offsetHeight <= box.scrollTop + box.clientHeight + 1;"
                        + " return [name, file + ':' + line.getAttribute('data-line'), line.classList.contains('at'),"
                        + "   getComputedStyle(chip).color, head ? getComputedStyle(head).borderTopColor : 'no lane',"
                        + "   now ? now.getAttribute('data-where') : 'not said', inView, line.id];"
                        + "});");
        Map<String, String> out = new java.util.TreeMap<>();
        for (List<Object> c : chips) {
            String name = (String) c.get(0);
            assertEquals(null, out.put(name, (String) c.get(1)), name + " highlighted on one line only");
            assertTrue((Boolean) c.get(2), name + "'s line is highlighted");
            assertEquals(c.get(4), c.get(3), name + "'s chip in its lane's colour");
            assertEquals(c.get(1), c.get(5), name + " said at the same line above the code");
            assertEquals("src-" + c.get(1).toString().replace(':', '-'), c.get(7));
        }
        // the shown step's thread's line is scrolled into its box (other threads may share a box and be out of view)
        String current = driver.findElement(By.id("sd-thread")).getText();
        for (List<Object> c : chips) {
            if (c.get(0).equals(current)) {
                assertTrue((Boolean) c.get(6), current + "'s line " + c.get(1) + " is scrolled into view in its box");
            }
        }
        return out;
    }

    /** An explorer counterexample whose page shows Java source: check-then-withdraw when there, else the longest. */
    private static Result traceWithCode() {
        List<Result> candidates = ResultsLoader.load(inputs).results().stream()
                .filter(r -> "explorer".equals(r.engine()) && r.trace() != null && r.trace().size() >= 4)
                .filter(r -> {
                    try {
                        return Files.readString(reportDir.resolve(PageNames.tracePage(r))).contains("class=\"src-file\"");
                    } catch (IOException e) {
                        return false;
                    }
                })
                .sorted(Comparator.<Result>comparingInt(r -> r.id().equals("deposit-withdraw/check-then-withdraw") ? 0 : 1)
                        .thenComparing(Comparator.<Result>comparingInt(r -> r.trace().size()).reversed()))
                .toList();
        assertFalse(candidates.isEmpty(), "no explorer trace with Java source in " + inputs);
        return candidates.get(0);
    }

    /** The explorer's longest counterexample trace (a page that scrolls), else any counterexample with a trace. */
    private static Result longestExplorerTrace() {
        return ResultsLoader.load(inputs).results().stream()
                .filter(r -> r.verdict() == Verdict.COUNTEREXAMPLE && r.trace() != null && r.trace().size() >= 2)
                .max(Comparator.<Result>comparingInt(r -> "explorer".equals(r.engine()) ? 1 : 0)
                        .thenComparingInt(r -> Math.min(r.trace().size(), 80)))
                .orElseThrow();
    }

    /** The counterexample to click through: an explorer one with the most steps, else any with a trace. */
    private static Result traceToStepThrough() {
        return ResultsLoader.load(inputs).results().stream()
                .filter(r -> r.verdict() == Verdict.COUNTEREXAMPLE && r.trace() != null && r.trace().size() >= 2)
                .max(Comparator.<Result>comparingInt(r -> "explorer".equals(r.engine()) ? 1 : 0)
                        .thenComparingInt(r -> Math.min(r.trace().size(), 6)))
                .orElseThrow(() -> new AssertionError("no counterexample with a trace of 2+ steps in " + inputs));
    }

    private static int indexOfStep(List<TraceStep> steps, int step) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).step() == step) {
                return i;
            }
        }
        throw new AssertionError("failing step " + step + " is not in the trace");
    }

    private static List<WebElement> visibleRows() {
        return driver.findElements(By.cssSelector("#swimlane tr.step")).stream().filter(WebElement::isDisplayed).toList();
    }

    /** The detail panel and the current row show exactly step {@code index} of the trace. */
    private static void assertShows(List<TraceStep> steps, int index) {
        TraceStep s = steps.get(index);
        assertEquals("step " + (index + 1) + " of " + steps.size(), driver.findElement(By.id("step-counter")).getText());
        assertEquals("step " + s.step(), driver.findElement(By.id("sd-step")).getText());
        assertEquals(TraceView.threadOf(s), driver.findElement(By.id("sd-thread")).getText());
        assertEquals(s.action().strip(), driver.findElement(By.id("sd-action")).getText());
        List<WebElement> current = driver.findElements(By.cssSelector("#swimlane tr.step.current"));
        assertEquals(1, current.size());
        assertEquals(Integer.toString(s.step()), current.get(0).getAttribute("data-step"));
        WebElement actionCell = current.get(0).findElement(By.cssSelector("td.act .action"));
        assertEquals(s.action().strip(), actionCell.getText());
        if (s.state() != null) {
            String state = driver.findElement(By.id("sd-state")).getText();
            s.state().forEach((k, v) -> assertTrue(state.contains(k + " = " + TraceView.stateValue(s, k)),
                    "state " + k + " in " + state));
        }
        if (index + 1 < steps.size()) {
            WebElement later = driver.findElement(By.id("step-" + steps.get(index + 1).step()));
            assertTrue(later.getAttribute("class").contains("future"), "later steps dimmed");
        }
    }

    private static void copyJson(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
