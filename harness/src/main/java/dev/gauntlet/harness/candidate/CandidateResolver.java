package dev.gauntlet.harness.candidate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Resolves the {@code --impl} argument to the jar or classes directory to grade. */
public final class CandidateResolver {

  /** The {@code --impl} value that grades the reference solutions. */
  public static final String REFERENCE = "reference";

  private final Path home;
  private final ProjectBuilder builder;

  /**
   * @param home the Gauntlet checkout (holds reference/target/classes)
   * @param builder builds a Maven project given as the candidate
   */
  public CandidateResolver(Path home, ProjectBuilder builder) {
    this.home = home;
    this.builder = builder;
  }

  /** Returns the Gauntlet checkout: the {@code gauntlet.home} property, else the current directory. */
  public static Path home() {
    return Path.of(System.getProperty("gauntlet.home", ".")).toAbsolutePath().normalize();
  }

  /** Returns the reference's compiled classes in the checkout at {@code home}. */
  public static Path referenceClasses(Path home) {
    return home.resolve("reference").resolve("target").resolve("classes");
  }

  /**
   * Resolves {@code impl}.
   *
   * @param impl {@code reference}, or a path to a jar, a classes directory or a Maven project
   * @param out where to say that a project is being built
   * @throws CandidateException naming what is wrong with {@code impl}, in one line
   */
  public Candidate resolve(String impl, PrintWriter out) {
    if (impl.equals(REFERENCE)) {
      Path classes = referenceClasses(home);
      if (!Files.isDirectory(classes)) {
        throw new CandidateException("the reference is not built (no " + classes
            + "): run ./gauntlet from the Gauntlet checkout, which builds it");
      }
      return new Candidate(impl, classes, CandidateKind.REFERENCE);
    }
    Path path = Path.of(impl).toAbsolutePath().normalize();
    if (!Files.exists(path)) {
      throw new CandidateException(impl + " does not exist");
    }
    if (Files.isRegularFile(path)) {
      if (isJar(path)) {
        return new Candidate(impl, path, CandidateKind.JAR);
      }
      throw new CandidateException(impl + " is not a jar, a classes directory or a Maven project");
    }
    if (Files.isRegularFile(path.resolve("pom.xml"))) {
      return new Candidate(impl, buildProject(path, out), CandidateKind.MAVEN_PROJECT);
    }
    if (holdsClasses(path)) {
      return new Candidate(impl, path, CandidateKind.CLASSES);
    }
    throw new CandidateException(impl + " is not a jar, a classes directory or a Maven project"
        + " (it holds no .class files, no META-INF/services and no pom.xml)");
  }

  private Path buildProject(Path project, PrintWriter out) {
    try {
      builder.build(project, out);
    } catch (IOException e) {
      throw new CandidateException("could not build " + project + ": " + e.getMessage()
          + " (is Maven installed? else pass the project's target/classes or jar)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CandidateException("the build of " + project + " was interrupted");
    }
    Path classes = project.resolve("target").resolve("classes");
    if (!Files.isDirectory(classes)) {
      throw new CandidateException("the build of " + project + " left no target/classes");
    }
    return classes;
  }

  /** A jar is a zip file: it starts with the bytes PK\3\4. */
  private static boolean isJar(Path file) {
    try (var in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3
          && magic[3] == 4;
    } catch (IOException e) {
      throw new CandidateException("cannot read " + file + ": " + e.getMessage());
    }
  }

  private static boolean holdsClasses(Path directory) {
    if (Files.isDirectory(directory.resolve("META-INF").resolve("services"))) {
      return true;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".class"));
    } catch (IOException | UncheckedIOException e) {
      throw new CandidateException("cannot read " + directory + ": " + e.getMessage());
    }
  }
}
