package dev.gauntlet.harness.design;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarFile;

/**
 * Imports a candidate's own classes: those at the code source (jar or classes folder) its factory
 * class was loaded from.
 *
 * <p>A submission's location holds only the submission, so everything there is imported. The
 * harness's own tests are different: their planted bugs share {@code harness/target/test-classes}
 * with the harness's test code and with each other. When the location also holds
 * {@code dev.gauntlet.harness} classes, the import keeps the factory's package and its
 * subpackages, plus every class of that location the kept classes reach through their
 * dependencies (transitively). The subpackage keeps one bug from contaminating another; the
 * reachable classes bring in the plain parts a bug builds on, so a bug that delegates to a shared
 * base class is judged on the base class too, as a submission would be. Classes at other
 * locations (the specs, the JDK, the harness's main classes) are never imported: a dependency on
 * them is visible, their own code is not judged.
 *
 * <p>The import is done once per factory class in a JVM (the cache is a {@link ClassValue} inside
 * the harness, which a candidate cannot reach).
 */
public final class CandidateClasses {

  private static final String HARNESS_PACKAGE = "dev.gauntlet.harness";

  private static final ClassValue<JavaClasses> IMPORTED = new ClassValue<>() {
    @Override
    protected JavaClasses computeValue(Class<?> type) {
      return importFor(type);
    }
  };

  private CandidateClasses() {}

  /** Returns the candidate's own classes, found from its factory instance. */
  public static JavaClasses of(Object factory) {
    return IMPORTED.get(factory.getClass());
  }

  /** Imports the classes at {@code factoryType}'s location, restricted as the class doc says. */
  static JavaClasses importFor(Class<?> factoryType) {
    return ArchUnitSettings.pinned(() -> importRestricted(factoryType));
  }

  private static JavaClasses importRestricted(Class<?> factoryType) {
    JavaClasses all = importLocation(locationOf(factoryType));
    if (all.stream().noneMatch(c -> inPackage(c, HARNESS_PACKAGE))) {
      return all;
    }
    Set<String> kept = reachable(all, factoryType.getPackageName());
    return all.that(DescribedPredicate.describe("in " + factoryType.getPackageName()
        + " or reached from it", c -> kept.contains(c.getName())));
  }

  private static Set<String> reachable(JavaClasses all, String rootPackage) {
    Set<String> kept = new HashSet<>();
    Deque<JavaClass> todo = new ArrayDeque<>();
    all.stream().filter(c -> inPackage(c, rootPackage)).forEach(todo::add);
    while (!todo.isEmpty()) {
      JavaClass next = todo.pop();
      if (!kept.add(next.getName())) {
        continue;
      }
      for (Dependency d : next.getDirectDependenciesFromSelf()) {
        String target = d.getTargetClass().getBaseComponentType().getName();
        if (!kept.contains(target) && all.contain(target)) {
          todo.push(all.get(target));
        }
      }
    }
    return kept;
  }

  private static boolean inPackage(JavaClass type, String pkg) {
    String name = type.getPackageName();
    return name.equals(pkg) || name.startsWith(pkg + ".");
  }

  private static Path locationOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    URL url = source == null ? null : source.getLocation();
    if (url == null) {
      throw new IllegalStateException("cannot tell where " + type.getName() + " was loaded from");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "cannot read the classes of " + type.getName() + " at " + url, e);
    }
  }

  private static JavaClasses importLocation(Path location) {
    ClassFileImporter importer = new ClassFileImporter();
    if (Files.isDirectory(location)) {
      return importer.importPath(location);
    }
    try (JarFile jar = new JarFile(location.toFile())) {
      return importer.importJar(jar);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the candidate's jar " + location, e);
    }
  }
}
