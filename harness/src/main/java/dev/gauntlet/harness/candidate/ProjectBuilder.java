package dev.gauntlet.harness.candidate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

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

  /** Lines of a failed build's output shown: enough for the compiler's first errors. */
  int MAVEN_LINES_SHOWN = 25;

  /** Returns the builder that runs {@code mvn -B -q -DskipTests package} in the project. */
  static ProjectBuilder maven() {
    return (directory, out) -> {
      out.println("building " + directory + " with mvn -B -q -DskipTests package ...");
      out.flush();
      Process process = new ProcessBuilder(
          "mvn", "-B", "-q", "-Dstyle.color=never", "-DskipTests", "package")
          .directory(directory.toFile())
          .redirectErrorStream(true)
          .start();
      // Maven's output is shown only when the build fails: on success it is noise (and Maven
      // 3.8 writes colour resets even in batch mode).
      List<String> lines = new String(process.getInputStream().readAllBytes(),
          StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;]*m", "").lines()
          .filter(line -> !line.isBlank()).toList();
      int exit = process.waitFor();
      if (exit != 0) {
        lines.subList(Math.max(0, lines.size() - MAVEN_LINES_SHOWN), lines.size())
            .forEach(line -> out.println("  " + line));
        out.flush();
        throw new CandidateException("the Maven build of " + directory + " failed (exit code "
            + exit + "): fix the build, or pass its target/classes or jar instead");
      }
    };
  }
}
