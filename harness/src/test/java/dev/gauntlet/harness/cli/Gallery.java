package dev.gauntlet.harness.cli;

import dev.gauntlet.harness.report.CheckReport;
import dev.gauntlet.harness.report.ReportWriter;
import dev.gauntlet.harness.report.RestartReport;
import dev.gauntlet.harness.report.RunReport;
import dev.gauntlet.harness.testing.CandidateCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Compiles the hostile gallery's candidates (src/test/resources/gallery) with javax.tools and
 * grades them through the command line, as {@code ./gauntlet grade} would, for
 * {@link HostileCandidatesIT}.
 */
final class Gallery {

  private static final String SEED = "20261204";

  private final Path temp;
  private final List<String> roomy;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /**
   * @param temp where candidates, the rubric and reports go
   * @param roomy checks the rubric gives a minute each, so that a short {@code --check-timeout}
   *     applies to the hostile check only (ArchUnit's first import in a cold worker takes a couple
   *     of seconds)
   */
  Gallery(Path temp, List<String> roomy) {
    this.temp = temp;
    this.roomy = roomy;
  }

  /** The gallery's plain parts and {@code factory}, listed for ServiceLoader. */
  CandidateCompiler candidate(String factory) throws IOException {
    CandidateCompiler compiler = CandidateCompiler.in(temp.resolve(factory));
    for (String name : List.of("Parts", "Ring", "MapStore", factory)) {
      compiler.source("gallery." + name, source(name));
    }
    return compiler.cacheFactory("gallery." + factory);
  }

  /**
   * Grades {@code impl} with a fixed seed, the rubric and {@code args}; a 10 s --check-timeout
   * unless {@code args} give one (only a loop or a deadlock waits for it; the other hostile
   * checks end sooner, and a roomy limit keeps a loaded machine from turning their verdict into
   * a time-out). Returns the exit code.
   */
  int grade(Path impl, List<String> args) throws IOException {
    CommandLine cli = Gauntlet.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of("grade", "--impl", impl.toString(), "--system",
        "cache", "--seed", SEED, "--out", temp.resolve("reports").toString(),
        "--rubric", rubric().toString()));
    all.addAll(args);
    if (!all.contains("--check-timeout")) {
      all.addAll(List.of("--check-timeout", "10s"));
    }
    int exit = cli.execute(all.toArray(String[]::new));
    System.out.println(out); // the summary, in the failsafe report
    System.out.println(err);
    return exit;
  }

  /** What the command printed. */
  String out() {
    return out.toString();
  }

  /** The line of the gallery source {@code name} that first contains {@code snippet}. */
  static int line(String name, String snippet) throws IOException {
    List<String> lines = source(name).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(snippet)) {
        return i + 1;
      }
    }
    throw new AssertionError(snippet + " is not in " + name);
  }

  Path runFolder() throws IOException {
    try (Stream<Path> runs = Files.list(temp.resolve("reports"))) {
      return runs.findFirst().orElseThrow();
    }
  }

  RunReport report() throws IOException {
    return ReportWriter.read(runFolder().resolve(ReportWriter.FILE));
  }

  CheckReport check(String id) throws IOException {
    return report().systems().get(0).checks().stream().filter(c -> c.id().equals(id))
        .findFirst().orElseThrow(() -> new AssertionError("no result for " + id));
  }

  List<RestartReport> restarts() throws IOException {
    return report().systems().get(0).worker().restarts();
  }

  private Path rubric() throws IOException {
    String checks = roomy.stream()
        .map(id -> "\"" + id + "\": {\"settings\": {\"timeLimitSeconds\": 60}}")
        .collect(Collectors.joining(", "));
    return Files.writeString(temp.resolve("rubric.json"),
        "{\"schema\": 1, \"checks\": {" + checks + "}}");
  }

  private static String source(String name) throws IOException {
    try (InputStream in = Gallery.class.getResourceAsStream("/gallery/" + name + ".java")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
