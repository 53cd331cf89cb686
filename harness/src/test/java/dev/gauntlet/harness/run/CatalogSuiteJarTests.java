package dev.gauntlet.harness.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.systems.GradedSystem;
import dev.gauntlet.harness.systems.Systems;
import dev.gauntlet.harness.testing.CourseSuites;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog finds instructors' suites in a jar, beside the system's own. */
class CatalogSuiteJarTests {

  @TempDir Path temp;

  @Test
  void aSuiteJarAddsItsChecksAfterTheBuiltInOnes() throws Exception {
    Path jar = CourseSuites.jar(temp);
    GradedSystem cache = Systems.byId("cache").orElseThrow();

    List<CheckDescriptor> builtIn = Catalog.of(cache);
    List<CheckDescriptor> all = Catalog.of(cache, List.of(jar));

    assertEquals(builtIn, all.subList(0, builtIn.size()), "built-in checks keep their order");
    List<CheckDescriptor> course = all.subList(builtIn.size(), all.size());
    assertEquals(CourseSuites.ids(), course.stream().map(CheckDescriptor::id).toList());
    CheckDescriptor seeded = course.get(1);
    assertEquals("course", seeded.suite());
    assertEquals(Category.FAULT_TOLERANCE, seeded.category());
    assertEquals(2, seeded.points());
    assertEquals("course.CourseSuite", seeded.className());
    assertTrue(Catalog.of(cache).stream().noneMatch(c -> c.id().startsWith("cache.course")),
        "without the jar the catalog is the built-in one");
  }
}
