package tcheck.reports;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The play page of the report {@code mvn verify} generated: a student plays the race counter to its
 * lost update by clicking threads, undoes a choice, and the page fits a projector's 800 px.
 * The play trees come from the explorer's tests (checker's PlayTreeTest writes them with its results).
 */
class PlayPageBrowserIT {
    private static final String PAGE = "play/race-counter_unsynchronized.html";
    private static Path reportDir;
    private static HeadlessChromium chromium;
    private static ChromeDriver driver;

    @BeforeAll
    static void openBrowser() throws IOException {
        reportDir = Paths.get(System.getProperty("tcheck.report.dir", "target/report"));
        assertTrue(Files.exists(reportDir.resolve(PAGE)), "the build should have generated " + reportDir.resolve(PAGE)
                + " from checker/target/results/play (written by the explorer's PlayTreeTest)");
        chromium = HeadlessChromium.start();
        driver = chromium.driver;
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static void choose(String token) {
        driver.findElement(By.cssSelector("#play-options button[data-token='" + token + "']")).click();
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    @Test
    void aStudentPlaysTheLostUpdateUndoesAndSeesTheReplayCommand() throws IOException {
        driver.manage().window().setSize(new Dimension(800, 900));
        driver.get(reportDir.resolve(PAGE).toAbsolutePath().normalize().toUri().toString());
        assertTrue(text("play-question").startsWith("Step 2: Who runs next?"), text("play-question"));
        List<WebElement> first = driver.findElements(By.cssSelector("#play-options button"));
        assertEquals(2, first.size(), "main may start T2, or T1 may read");
        // T1 reads, main starts T2, T2 reads, T1 writes, T2 writes: both wrote 1
        for (String token : List.of("1", "0", "2", "1")) {
            choose(token);
        }
        choose("2");
        assertTrue(text("play-end").startsWith("The program failed (invariant): final count 1, expected 2"), text("play-end"));
        assertTrue(text("play-replay").endsWith("./tcheck replay race-counter/unsynchronized --schedule 1.0.2.1.2"), text("play-replay"));
        assertEquals("1.0.2.1.2", text("play-schedule"));
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(),
                Files.createDirectories(Paths.get("target/screenshots")).resolve("play-800.png"), StandardCopyOption.REPLACE_EXISTING);
        long overflow = (Long) driver.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0, overflow, "the play page scrolls sideways at 800 px");

        driver.findElement(By.id("play-undo")).click();
        assertEquals("", text("play-end"));
        assertEquals("1.0.2.1", text("play-schedule"));
        assertEquals(2, driver.findElements(By.cssSelector("#play-options button")).size());
        choose("0"); // main joins T1 first; T2 still writes the 1 it computed from the 0 it read
        assertTrue(text("play-end").contains("final count 1, expected 2"), text("play-end"));
        assertEquals("1.0.2.1.0", text("play-schedule"));
    }

    @Test
    void theIndexLinksToThePlayPage() {
        driver.get(reportDir.resolve("index.html").toAbsolutePath().normalize().toUri().toString());
        WebElement link = driver.findElement(By.cssSelector(".play-links a[href='" + PAGE + "']"));
        assertEquals("race-counter/unsynchronized", link.getText());
    }
}
