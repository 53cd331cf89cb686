package dev.gauntlet.harness.systems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.run.Catalog;
import dev.gauntlet.harness.run.CheckDescriptor;
import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.systems.leaderboard.backend.BackendOptions;
import dev.gauntlet.harness.systems.leaderboard.backend.BackendSelection;
import dev.gauntlet.harness.systems.leaderboard.backend.LocalServices;
import dev.gauntlet.harness.testing.InProcessGrading;
import dev.gauntlet.reference.cache.ReferenceCacheFactory;
import dev.gauntlet.reference.leaderboard.ReferenceLeaderboardFactory;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.reference.objectstore.ReferenceObjectStoreFactory;
import dev.gauntlet.student.cache.StudentCacheFactory;
import dev.gauntlet.student.leaderboard.StudentLeaderboardFactory;
import dev.gauntlet.student.log.StudentLogFactory;
import dev.gauntlet.student.objectstore.StudentObjectStoreFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two promises every commit keeps, over whole systems rather than one suite at a time: the
 * reference earns every point of every check, the untouched template earns none and crashes
 * nothing, and no check exists without a planted bug that it is tested against.
 */
class WholeSystemGradingTests {

  /**
   * The reference and the template of each system.
   *
   * @param system the system's id
   * @param reference its reference factory
   * @param template the untouched student template's factory
   */
  record Solutions(String system, Class<?> reference, Class<?> template) {
    @Override
    public String toString() {
      return system;
    }
  }

  static Stream<Solutions> systems() {
    return Stream.of(
        new Solutions("cache", ReferenceCacheFactory.class, StudentCacheFactory.class),
        // The leaderboard without run options runs on its embedded backend (H2 and the
        // harness's own sorted set); the real services are tested below.
        new Solutions("leaderboard", ReferenceLeaderboardFactory.class,
            StudentLeaderboardFactory.class),
        new Solutions("objectstore", ReferenceObjectStoreFactory.class,
            StudentObjectStoreFactory.class),
        new Solutions("log", ReferenceLogFactory.class, StudentLogFactory.class));
  }

  @Test
  void everyRegisteredSystemIsCoveredHere() {
    assertEquals(Systems.all().stream().map(GradedSystem::id).collect(Collectors.toSet()),
        systems().map(Solutions::system).collect(Collectors.toSet()));
  }

  @ParameterizedTest
  @MethodSource("systems")
  void referenceScoresFullMarksOnEveryCheck(Solutions solutions) {
    Map<String, CheckResult> results = InProcessGrading.of(solutions.system(),
        solutions.reference()).baseline(solutions.reference()).run();
    assertEquals(ids(solutions.system()), List.copyOf(results.keySet()),
        "every check ran, in catalog order");
    results.values().forEach(r -> {
      assertEquals(CheckStatus.PASSED, r.status(), () -> r.id() + ": " + r.message());
      assertEquals(1.0, r.fraction(), () -> r.id() + " earned only part of its points");
    });
  }

  @ParameterizedTest
  @MethodSource("systems")
  void templateScoresZeroAndSaysNotImplementedOnEveryCheck(Solutions solutions) {
    Map<String, CheckResult> results = InProcessGrading.of(solutions.system(),
        solutions.template()).baseline(solutions.reference()).run();
    assertEquals(ids(solutions.system()), List.copyOf(results.keySet()));
    results.values().forEach(r -> {
      assertEquals(CheckStatus.NOT_IMPLEMENTED, r.status(), () -> r.id() + ": " + r.message());
      assertEquals(0.0, r.fraction());
      assertTrue(r.message().contains("TODO"), () -> r.id() + " should pass on the TODO: "
          + r.message());
    });
  }

  @Test
  void referenceScoresFullMarksOnEveryLeaderboardCheckOnTheLocalRedisAndMariaDb() {
    LocalServices.assumeAvailable();
    assertFullMarks(BackendOptions.real(BackendSelection.LOCAL_REDIS,
        BackendSelection.LOCAL_JDBC));
  }

  private static void assertFullMarks(Map<String, String> backend) {
    Map<String, CheckResult> results = InProcessGrading.of("leaderboard",
        ReferenceLeaderboardFactory.class).baseline(ReferenceLeaderboardFactory.class)
        .options(backend).run();
    assertEquals(ids("leaderboard"), List.copyOf(results.keySet()),
        "every check ran, in catalog order");
    results.values().forEach(r -> {
      assertEquals(CheckStatus.PASSED, r.status(), () -> r.id() + ": " + r.message());
      assertEquals(1.0, r.fraction(), () -> r.id() + " earned only part of its points");
    });
  }

  /**
   * A check that no buggy implementation fails is not a check: every check id must be named in a
   * test of its system's package that also uses a planted bug from its {@code bugs} package.
   */
  @Test
  void everyCheckIsTestedAgainstAPlantedBug() throws IOException {
    Path home = Path.of(System.getProperty("gauntlet.home", ".."));
    for (GradedSystem system : Systems.all()) {
      Path tests = home.resolve("harness/src/test/java")
          .resolve(system.suitePackage().replace('.', '/'));
      List<String> sources = read(tests);
      assertFalse(sources.isEmpty(), "no tests found under " + tests);
      for (CheckDescriptor check : Catalog.of(system)) {
        boolean covered = sources.stream().anyMatch(source -> source.contains("\"" + check.id()
            + "\"") && source.contains(system.suitePackage() + ".bugs."));
        assertTrue(covered, check.id() + " has no test that grades a planted bug against it");
      }
    }
  }

  private static List<String> ids(String system) {
    return Catalog.of(Systems.byId(system).orElseThrow()).stream().map(CheckDescriptor::id)
        .toList();
  }

  private static List<String> read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith("Tests.java")).map(p -> {
        try {
          return Files.readString(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    }
  }
}
