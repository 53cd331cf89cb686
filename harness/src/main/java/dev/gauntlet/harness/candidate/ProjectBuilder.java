package dev.gauntlet.harness.candidate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Builds a learner's Maven project so that its classes can be graded. */
@FunctionalInterface
public interface ProjectBuilder {

  /**
   * Builds the project in {@code directory}.
   *
   * @param directory the project's root, holding pom.xml
   * @param out where to say what is happening
   * @throws CandidateException if the build fails
   */
  void build(Path directory, PrintWriter out) throws IOException, InterruptedException;

  /**
   * Returns the builder that runs {@code mvn -B -q -DskipTests package} in the project with its
   * output in {@code log}, for batches, whose console is the progress line.
   */
  static ProjectBuilder maven(Path log) {
    return (directory, out) -> {
      Process process = new ProcessBuilder(
          "mvn", "-B", "-q", "-Dstyle.color=never", "-DskipTests", "package")
          .directory(directory.toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      process.getOutputStream().close();
      int exit = process.waitFor();
      if (exit != 0) {
        throw new CandidateException("the Maven build of " + directory + " failed (exit code "
            + exit + ", see " + log.getFileName() + ")");
      }
    };
  }

  /** Returns the builder that runs {@code mvn -B -q -DskipTests package} in the project. */
  static ProjectBuilder maven() {
    return (directory, out) -> {
      out.println("building " + directory + " with mvn -B -q -DskipTests package ...");
      out.flush();
      Process process = new ProcessBuilder(
          "mvn", "-B", "-q", "-Dstyle.color=never", "-DskipTests", "package")
          .directory(directory.toFile())
          .inheritIO()
          .start();
      int exit = process.waitFor();
      if (exit != 0) {
        throw new CandidateException("the Maven build of " + directory + " failed (exit code "
            + exit + "): fix the build, or pass its target/classes or jar instead");
      }
    };
  }
}
