package dev.gauntlet.harness.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import javax.tools.ToolProvider;

/**
 * An instructor's own suite jar, compiled in the test against the harness (as an instructor
 * compiles theirs against the harness jar): three checks of the cache, one that holds for a
 * correct store, one that fails under some seeds only (a stand-in for a rare bug), and one
 * that can never decide.
 */
public final class CourseSuites {

  /** The check ids the jar holds. */
  public static final String ROUNDTRIP = "cache.course.roundtrip";
  public static final String SEEDED = "cache.course.seeded";
  public static final String UNDECIDED = "cache.course.undecided";

  private static final String SOURCE = """
      package course;

      import dev.gauntlet.harness.check.*;
      import dev.gauntlet.harness.engine.GuaranteeViolation;
      import dev.gauntlet.specs.cache.*;
      import java.util.Optional;

      @CheckSuite(system = "cache", name = "course", order = 90)
      public class CourseSuite {

        @Check(id = "cache.course.roundtrip", title = "A value put is the value got",
            points = 4, category = Category.CORRECTNESS)
        void roundtrip(CheckContext ctx) {
          NodeStore store = ctx.factory(CacheFactory.class).newNodeStore(8, () -> 0L);
          store.put("k", "v");
          if (!store.get("k").equals(Optional.of("v"))) {
            throw new GuaranteeViolation("a put is read back", "Optional[v]",
                String.valueOf(store.get("k")));
          }
        }

        @Check(id = "cache.course.seeded", title = "Fails under odd seeds (a rare bug)",
            points = 2, category = Category.FAULT_TOLERANCE)
        void seeded(CheckContext ctx) {
          if ((ctx.seed() & 1) == 1) {
            throw new GuaranteeViolation("even seeds only", "an even seed", "seed " + ctx.seed());
          }
        }

        @Check(id = "cache.course.undecided", title = "A checker that gives up",
            points = 3, category = Category.CORRECTNESS)
        void undecided(CheckContext ctx) {
          throw new Inconclusive("the checker gave up after 10000 states");
        }
      }
      """;

  private CourseSuites() {}

  /** Compiles the suite into {@code dir/course-suites.jar} and returns the jar. */
  public static Path jar(Path dir) throws IOException {
    Path src = Files.createDirectories(dir.resolve("src/course"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Files.writeString(src.resolve("CourseSuite.java"), SOURCE);
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int exit = ToolProvider.getSystemJavaCompiler().run(null, errors, errors, "-d",
        classes.toString(), "-cp", System.getProperty("java.class.path"), "--release", "17",
        "-proc:none", "-nowarn", src.resolve("CourseSuite.java").toString());
    if (exit != 0) {
      throw new IllegalStateException("the course suite does not compile:\n"
          + errors.toString(StandardCharsets.UTF_8));
    }
    Path jar = dir.resolve("course-suites.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new ZipEntry(classes.relativize(file).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    return jar;
  }

  /** The ids, in catalog order. */
  public static List<String> ids() {
    return List.of(ROUNDTRIP, SEEDED, UNDECIDED);
  }
}
