package dev.gauntlet.harness.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.gauntlet.harness.design.fixtures.forbidden.Everything;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A candidate cannot change how the design rules judge it: ArchUnit's settings are pinned for
 * every import and evaluation, whatever {@code archunit.*} properties it sets.
 */
class ArchUnitSettingsTests {

  private static final String NO_RESOLUTION = "archunit."
      + ArchConfiguration.RESOLVE_MISSING_DEPENDENCIES_FROM_CLASS_PATH;

  @AfterEach
  void clearProperties() {
    System.clearProperty(NO_RESOLUTION);
  }

  @Test
  void withoutResolutionAStaticHashMapHidesFromTheStaticStateRule() {
    // The attack is real: unpinned, ArchUnit no longer knows that a HashMap is a Map.
    JavaClasses unresolved = ArchConfiguration.withThreadLocalScope(config -> {
      config.setResolveMissingDependenciesFromClassPath(false);
      return new ClassFileImporter().importClasses(Everything.class);
    });
    List<String> violations = DesignRules.noStaticMutableState().rule().apply(unresolved)
        .evaluate(unresolved).getFailureReport().getDetails();

    assertTrue(violations.stream().noneMatch(v -> v.contains("Everything.CACHE>")),
        String.join("\n", violations));
  }

  @Test
  void aCandidatesSystemPropertiesCannotTurnResolutionOff() {
    System.setProperty(NO_RESOLUTION, "false");

    List<String> violations = DesignRules.noStaticMutableState()
        .violations(CandidateClasses.importFor(Everything.class));

    assertTrue(violations.stream().anyMatch(v -> v.contains("Everything.CACHE> is static and"
        + " holds a mutable HashMap")), String.join("\n", violations));
    assertNull(System.getProperty(NO_RESOLUTION), "archunit.* properties are cleared");
  }

  @Test
  void theHarnesssOwnFileIsTheOneArchUnitReads() {
    ArchUnitSettings.load();

    assertEquals(ArchUnitSettings.class.getResource("/archunit.properties"),
        ClassLoader.getSystemResource("archunit.properties"), "first on the class path");
    assertEquals("1", ArchConfiguration.get().getProperty(
        "import.dependencyResolutionProcess.maxIterationsForMemberTypes"));
  }
}
