package tcheck.scenario;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalog's promises to tools and users. Other families may be registered beside these. */
class CatalogTest {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*");
    /** The counterexample kinds of the results contract. */
    private static final Set<String> KINDS = Set.of("invariant", "exception", "deadlock", "livelock",
            "data-race", "non-linearizable", "torn-read");

    @Test
    void idsAreUniqueAndWellFormed() {
        List<String> ids = Catalog.ids();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate ids in " + ids);
        for (Scenario s : Catalog.all()) {
            assertTrue(ID.matcher(s.id()).matches(), "malformed id '" + s.id() + "'");
            assertEquals(s.family() + "/" + s.variant(), s.id());
        }
    }

    @Test
    void holdsTheFourFamiliesOfThisModuleWithTheirVariants() {
        assertTrue(Catalog.ids().containsAll(List.of(
                "race-counter/unsynchronized", "race-counter/synchronized", "race-counter/atomic",
                "deposit-withdraw/unsynchronized", "deposit-withdraw/check-then-withdraw", "deposit-withdraw/locked",
                "pcp-lock/check-outside-lock", "pcp-lock/check-under-lock",
                "pcp-condition/if-wait", "pcp-condition/lost-wakeup", "pcp-condition/two-conditions",
                "pcp-condition/notify-all")), Catalog.ids().toString());
    }

    @Test
    void everyFamilyHasBuggyAndFixedVariants() {
        Map<String, Set<Expected>> byFamily = Catalog.all().stream().collect(Collectors.groupingBy(
                Scenario::family, Collectors.mapping(Scenario::expected, Collectors.toSet())));
        byFamily.forEach((family, expected) ->
                assertEquals(Set.of(Expected.BUGGY, Expected.FIXED), expected, family));
    }

    @Test
    void buggyVariantsNameAContractKindAndFixedOnesNone() {
        for (Scenario s : Catalog.all()) {
            if (s.expected() == Expected.BUGGY) {
                assertNotNull(s.expectedKind(), s.id());
                assertTrue(KINDS.contains(s.expectedKind()), s.id() + ": " + s.expectedKind());
            } else {
                assertNull(s.expectedKind(), s.id());
            }
        }
    }

    @Test
    void buggyVariantsComeBeforeFixedOnesWithinEachFamily() {
        Set<String> familiesWithAFixedSeen = new HashSet<>();
        for (Scenario s : Catalog.all()) {
            if (s.expected() == Expected.FIXED) {
                familiesWithAFixedSeen.add(s.family());
            } else {
                assertFalse(familiesWithAFixedSeen.contains(s.family()), s.id() + " is listed after a fixed variant");
            }
        }
    }

    @Test
    void unknownIdsThrowAndListTheKnownIds() {
        UnknownScenarioException e = assertThrows(UnknownScenarioException.class,
                () -> Catalog.get("race-counter/no-such-variant"));
        for (String id : Catalog.ids()) {
            assertTrue(e.getMessage().contains(id), "message does not list " + id + ": " + e.getMessage());
        }
        assertThrows(UnknownScenarioException.class, () -> Catalog.select("no-such-family"));
    }

    @Test
    void aNearMissIsAnsweredWithTheNearestId() {
        assertTrue(message("philosophers/gready").startsWith("unknown scenario 'philosophers/gready'. Did you mean 'philosophers/greedy'?"),
                message("philosophers/gready"));
        assertTrue(message("racecounter").contains("Did you mean 'race-counter'?"), message("racecounter"));
        assertTrue(message("greedy").contains("Did you mean 'philosophers/greedy'?"), message("greedy")); // a variant without its family
        assertFalse(message("quantum-teleport").contains("Did you mean"), message("quantum-teleport"));
    }

    private static String message(String id) {
        return assertThrows(UnknownScenarioException.class, () -> Catalog.select(id)).getMessage();
    }

    @Test
    void selectsByIdFamilyAndAll() {
        assertEquals("pcp-lock/check-under-lock", Catalog.get("pcp-lock/check-under-lock").id());
        assertEquals(List.of("pcp-lock/check-outside-lock", "pcp-lock/check-under-lock"),
                Catalog.select("pcp-lock").stream().map(Scenario::id).toList());
        assertEquals(Catalog.ids(), Catalog.select("all").stream().map(Scenario::id).toList());
        assertTrue(Catalog.families().containsAll(List.of("race-counter", "deposit-withdraw", "pcp-lock",
                "pcp-condition")));
    }

    @Test
    void everyVariantDescribesItselfAndPointsAtASeedFile() {
        Pattern seedFile = Pattern.compile("\\d{3}_[0-9a-f]+\\.txt");
        for (Scenario s : Catalog.all()) {
            assertFalse(s.title().isBlank(), s.id());
            assertFalse(s.lesson().isBlank(), s.id());
            assertFalse(s.boundMeaning().isBlank(), s.id());
            assertTrue(seedFile.matcher(s.seed()).find(), s.id() + " seed: " + s.seed());
            assertTrue(s.properties().contains(Property.INVARIANT) || s.properties().contains(Property.NO_DEADLOCK),
                    s.id() + " checks nothing: " + s.properties());
        }
    }

    @Test
    void everyProgramIsFreshAndShowsItsStateBeforeRunning() {
        for (Scenario s : Catalog.all()) {
            Program a = s.newProgram(s.defaultBound());
            Program b = s.newProgram(s.defaultBound());
            assertNotSame(a, b, s.id());
            assertFalse(a.sharedState().isEmpty(), s.id() + " shows no shared state");
        }
    }

    @Test
    void classesMatchInstances() {
        List<String> fromClasses = Catalog.classes().stream().map(c -> Catalog.instantiate(c).id()).toList();
        assertEquals(Catalog.ids(), fromClasses);
    }
}
