package gallery;

import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;
import dev.gauntlet.specs.cache.CacheFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Hostile: looks for the reference (to delegate to it), the student template, the harness's own
 * tests and planted bugs, and an instructor's hidden suite graded in the same worker; counts the
 * CacheFactory implementations ServiceLoader sees; reports what it found as the reason it has no
 * client. It asks the context class loader too, which a check's thread is given.
 */
public class ClassPathProbe extends Parts {

  static final List<String> WANTED = List.of(
      "dev.gauntlet.reference.cache.ReferenceCacheFactory",
      "dev.gauntlet.student.cache.StudentCacheFactory",
      "dev.gauntlet.harness.systems.cache.bugs.PlantedCacheFactory",
      "dev.gauntlet.harness.testing.InProcessGrading",
      "course.CourseSuite");

  @Override
  public CacheClient newClient(CacheEnvironment environment) {
    List<String> found = new ArrayList<>();
    for (String name : WANTED) {
      try {
        Class.forName(name);
        found.add(name + " loaded");
      } catch (ClassNotFoundException e) {
        found.add(name + " ClassNotFoundException");
      }
      try {
        Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        found.add(name + " loaded by the context class loader");
      } catch (ClassNotFoundException e) {
        // as it should be
      }
      String resource = name.replace('.', '/') + ".class";
      if (ClassLoader.getSystemResource(resource) != null) {
        found.add(resource + " readable");
      }
    }
    long factories = ServiceLoader.load(CacheFactory.class).stream().count();
    throw new UnsupportedOperationException("probe: " + String.join(", ", found)
        + "; CacheFactory implementations: " + factories);
  }
}
