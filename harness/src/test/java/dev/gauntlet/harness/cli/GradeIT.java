package dev.gauntlet.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.report.CheckReport;
import dev.gauntlet.harness.report.ReportWriter;
import dev.gauntlet.harness.report.RunReport;
import dev.gauntlet.harness.testing.CandidateCompiler;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Grades real candidates end to end: the command runs in this JVM and forks real workers from
 * the packaged jar and target/lib (failsafe sets gauntlet.home and gauntlet.worker.classpath).
 */
class GradeIT {

  private static final Path HOME = Path.of(System.getProperty("gauntlet.home", "."));
  private static final String SEED = "20261204";
  private static final String FACTORY_IMPORTS = "import dev.gauntlet.specs.Clock;\n"
      + "import dev.gauntlet.specs.cache.*;\n";

  @TempDir Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int grade(String impl) {
    CommandLine cli = Gauntlet.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute("grade", "--impl", impl, "--system", "cache", "--seed", SEED,
        "--out", temp.resolve("reports").toString(), "--timeout", "120s");
    System.out.println(out); // the summary, in the failsafe report
    System.out.println(err);
    return exit;
  }

  private RunReport report() throws IOException {
    try (Stream<Path> runs = Files.list(temp.resolve("reports"))) {
      Path run = runs.findFirst().orElseThrow();
      return ReportWriter.read(run.resolve(ReportWriter.FILE));
    }
  }

  private static List<CheckReport> checks(RunReport report) {
    return report.systems().get(0).checks();
  }

  @Test
  void theReferencePassesEveryCheck() throws IOException {
    assertEquals(ExitCodes.ALL_PASSED, grade("reference"), out.toString());

    RunReport report = report();
    assertEquals(RunReport.SCHEMA, report.schema());
    assertEquals(Long.parseLong(SEED), report.seed());
    assertEquals("reference", report.candidate().kind());
    assertFalse(checks(report).isEmpty(), "the cache system has checks");
    checks(report).forEach(c -> assertEquals("passed", c.status(), c.id() + ": " + c.message()));
    assertEquals(report.total().max(), report.total().score());
    assertTrue(out.toString().contains("seed " + SEED), out.toString());
  }

  @Test
  void theStudentTemplateScoresZeroWithNothingImplemented() throws IOException {
    Path template = HOME.resolve("student-template/target/classes");
    assertEquals(ExitCodes.SOME_FAILED, grade(template.toString()), out.toString());

    RunReport report = report();
    assertEquals(0.0, report.total().score());
    checks(report).forEach(c -> assertEquals("not implemented", c.status(), c.id()));
    assertFalse(out.toString().contains("\tat ") || out.toString().contains("Exception in"),
        "no stack traces for methods still to write");
    // The report keeps each check's replay command; the summary leaves it out for methods that
    // only throw "not implemented", where it would teach nothing.
    checks(report).forEach(c -> assertTrue(
        c.failure().replay().startsWith("./gauntlet grade --impl " + template), c.id()));
    assertFalse(out.toString().contains("replay:"), out.toString());
  }

  @Test
  void aJarWithoutAnImplementationIsOneLine() throws IOException {
    Path jar = CandidateCompiler.in(temp.resolve("empty"))
        .source("empty.Helper", "package empty; public class Helper {}").jar();

    assertEquals(ExitCodes.BAD_INPUT, grade(jar.toString()));
    assertEquals(List.of("gauntlet: no implementation of dev.gauntlet.specs.cache.CacheFactory"
        + " found: list your factory class in META-INF/services/"
        + "dev.gauntlet.specs.cache.CacheFactory"), err.toString().lines().toList());
  }

  @Test
  void twoImplementationsAreRejected() throws IOException {
    Path classes = CandidateCompiler.in(temp.resolve("two"))
        .source("two.A", factory("two", "A", "", "throw new UnsupportedOperationException();"))
        .source("two.B", factory("two", "B", "", "throw new UnsupportedOperationException();"))
        .cacheFactory("two.A").cacheFactory("two.B").classes();

    assertEquals(ExitCodes.BAD_INPUT, grade(classes.toString()));
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("gauntlet: found 2 implementations"), err.toString());
  }

  @Test
  void aFactoryThatCannotLoadNamesTheCause() throws IOException {
    Path classes = CandidateCompiler.in(temp.resolve("broken"))
        .source("broken.F", factory("broken", "F",
            "static { if (Boolean.parseBoolean(\"true\")) {"
                + " throw new IllegalStateException(\"config file missing\"); } }",
            "throw new UnsupportedOperationException();"))
        .cacheFactory("broken.F").classes();

    assertEquals(ExitCodes.BAD_INPUT, grade(classes.toString()));
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().contains("IllegalStateException: config file missing"),
        err.toString());
  }

  /** A cache factory whose three methods all run {@code body}. */
  private static String factory(String pkg, String name, String extra, String body) {
    return "package " + pkg + ";\n" + FACTORY_IMPORTS
        + "public class " + name + " implements CacheFactory {\n" + extra + "\n"
        + "  public NodeStore newNodeStore(int capacity, Clock clock) { " + body + " }\n"
        + "  public HashRing newRing(int virtualNodes) { " + body + " }\n"
        + "  public CacheClient newClient(CacheEnvironment environment) { " + body + " }\n"
        + "}\n";
  }
}
