package tcheck.scenario;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scenarios' Java source is on the classpath and found by the simple file name a trace step names. */
class ScenarioSourcesTest {
    @Test
    void everyScenarioFindsItsOwnSource() {
        for (Scenario s : Catalog.all()) {
            String file = s.getClass().getSimpleName() + ".java";
            Optional<ScenarioSources.Source> src = ScenarioSources.of(s.getClass()).find(file);
            assertTrue(src.isPresent(), s.id() + ": " + file);
            assertEquals(s.getClass().getPackageName().replace('.', '/') + "/" + file, src.get().resource());
            assertTrue(src.get().lines().stream().anyMatch(l -> l.contains("class " + s.getClass().getSimpleName())), s.id());
        }
    }

    @Test
    void aFileOfTheScenariosPackageComesWithItsLineNumbers() {
        ScenarioSources sources = ScenarioSources.of(tcheck.scenarios.depositwithdraw.CheckThenWithdrawScenario.class);
        ScenarioSources.Source account = sources.find("CheckThenWithdrawAccount.java").orElseThrow();
        assertEquals("tcheck/scenarios/depositwithdraw/CheckThenWithdrawAccount.java", account.resource());
        assertEquals("package tcheck.scenarios.depositwithdraw;", account.lines().get(0));
    }

    @Test
    void aProgramReusedFromAnotherFamilyIsFoundThroughTheImports() {
        ScenarioSources sources = ScenarioSources.of(tcheck.scenarios.synchronizedqueue.IfSplitLocksScenario.class);
        assertEquals("tcheck/scenarios/pcpcondition/BufferProgram.java", sources.find("BufferProgram.java").orElseThrow().resource());
        assertEquals("tcheck/scenarios/synchronizedqueue/SplitLocksQueue.java", sources.find("SplitLocksQueue.java").orElseThrow().resource());
    }

    @Test
    void twoFilesOfOneNameAreTakenFromTheScenariosOwnPackage() {
        assertEquals("tcheck/scenarios/printing/LockedScenario.java",
                ScenarioSources.of(tcheck.scenarios.printing.LockedScenario.class).find("LockedScenario.java").orElseThrow().resource());
        assertEquals("tcheck/scenarios/simplequeue/LockedScenario.java",
                ScenarioSources.of(tcheck.scenarios.simplequeue.LockedScenario.class).find("LockedScenario.java").orElseThrow().resource());
    }

    @Test
    void theJdkTheFrameworkAndOddNamesAreNotFound() {
        ScenarioSources sources = ScenarioSources.of(tcheck.scenarios.racecounter.UnsynchronizedCounterScenario.class);
        assertEquals(Optional.empty(), sources.find("Thread.java"));
        assertEquals(Optional.empty(), sources.find("Program.java"));
        assertEquals(Optional.empty(), sources.find("../depositwithdraw/Account.java"));
        assertEquals(Optional.empty(), sources.find("Unknown Source"));
        assertEquals(Optional.empty(), sources.find(null));
    }
}
