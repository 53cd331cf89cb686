package dev.gauntlet.harness.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Submissions as learners hand them in, made in a test from the built modules: the reference,
 * the untouched template, a planted bug, and a file that is not a submission at all.
 */
public final class SampleSubmissions {

  /** The Gauntlet checkout the tests run in. */
  public static final Path HOME = Path.of(System.getProperty("gauntlet.home", "."))
      .toAbsolutePath().normalize();
  private static final String SERVICE = "META-INF/services/dev.gauntlet.specs.cache.CacheFactory";

  private SampleSubmissions() {}

  /** Copies the reference's classes into {@code dir} (a classes-directory submission). */
  public static Path reference(Path dir) throws IOException {
    copy(HOME.resolve("reference/target/classes"), dir);
    return dir;
  }

  /** Copies the untouched template's classes into {@code dir}. */
  public static Path template(Path dir) throws IOException {
    copy(HOME.resolve("student-template/target/classes"), dir);
    return dir;
  }

  /**
   * Builds a classes directory whose cache factory is the planted bug {@code factory} (a class
   * of {@code dev.gauntlet.harness.systems.cache.bugs}, which delegates to the reference).
   */
  public static Path plantedBug(Path dir, String factory) throws IOException {
    copy(HOME.resolve("reference/target/classes"), dir);
    Path bugs = Path.of("dev/gauntlet/harness/systems/cache/bugs");
    Path from = HOME.resolve("harness/target/test-classes").resolve(bugs);
    Path to = Files.createDirectories(dir.resolve(bugs));
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.writeString(dir.resolve(SERVICE), "dev.gauntlet.harness.systems.cache.bugs." + factory
        + "\n");
    return dir;
  }

  /** Writes a ".jar" that is not one: what a broken upload looks like. */
  public static Path broken(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "this is not a jar\n");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      walk.forEach(source -> {
        Path target = to.resolve(from.relativize(source).toString());
        try {
          if (Files.isDirectory(source)) {
            Files.createDirectories(target);
          } else {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
