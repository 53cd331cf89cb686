package gallery;

import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;
import dev.gauntlet.specs.cache.CacheFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Hostile: looks for the reference (to delegate to it), the student template and the harness's
 * own tests and planted bugs, and counts the CacheFactory implementations ServiceLoader sees;
 * reports what it found as the reason it has no client.
 */
public class ClassPathProbe extends Parts {

  static final List<String> WANTED = List.of(
      "dev.gauntlet.reference.cache.ReferenceCacheFactory",
      "dev.gauntlet.student.cache.StudentCacheFactory",
      "dev.gauntlet.harness.systems.cache.bugs.PlantedCacheFactory",
      "dev.gauntlet.harness.testing.InProcessGrading");

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
