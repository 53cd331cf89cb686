package dev.gauntlet.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.formats.Chromium;
import dev.gauntlet.harness.formats.GradescopeSchema;
import dev.gauntlet.harness.report.CheckReport;
import dev.gauntlet.harness.report.ReportWriter;
import dev.gauntlet.harness.report.RunReport;
import dev.gauntlet.harness.testing.SampleSubmissions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import picocli.CommandLine;

/**
 * Every format from one {@code gauntlet grade} run of a candidate with a planted replication bug,
 * in the interview profile, each checked the way its consumer reads it.
 */
class FormatsIT {

  @TempDir static Path temp;
  static Path run;
  static RunReport report;
  static String out;

  @BeforeAll
  static void gradeOnce() throws Exception {
    Path candidate = SampleSubmissions.plantedBug(temp.resolve("candidate"),
        "NoReplicationFactory");
    Path stepSummary = Files.writeString(temp.resolve("step-summary.md"), "");
    CommandLine cli = Gauntlet.commandLine();
    StringWriter text = new StringWriter();
    cli.setOut(new PrintWriter(text, true));
    cli.setErr(new PrintWriter(text, true));
    ((GradeCommand) cli.getSubcommands().get("grade").getCommand()).env =
        Map.of("GITHUB_STEP_SUMMARY", stepSummary.toString());
    int exit = cli.execute("grade", "--impl", candidate.toString(), "--system", "cache",
        "--seed", "77", "--format", "all", "--profile", "interview",
        "--out", temp.resolve("reports").toString());
    out = text.toString();
    System.out.println(out);
    assertEquals(ExitCodes.SOME_FAILED, exit, out);
    try (Stream<Path> runs = Files.list(temp.resolve("reports"))) {
      run = runs.findFirst().orElseThrow();
    }
    report = ReportWriter.read(run.resolve("report.json"));
  }

  private static CheckReport check(String id) {
    return report.allChecks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theReportRecordsWhatGradedAndWhere() {
    assertEquals("failed", check("cache.replication.crash").status());
    assertEquals("passed", check("cache.store.model").status());
    assertEquals(77, report.seed());
    assertEquals("interview", report.profile());
    assertFalse(report.environment().jvm().isBlank());
    assertFalse(report.environment().host().isBlank());
    assertTrue(report.environment().memoryMb() > 0);
    assertEquals("in-process simulation (virtual clock, simulated nodes)",
        report.systems().get(0).backend());
    assertFalse(check("cache.hotkeys.load").metrics().isEmpty());
  }

  @Test
  void gradescopeResultsFollowTheSchemaWithATestPerCheck() throws Exception {
    String results = Files.readString(run.resolve("results.json"));
    assertEquals(List.of(), GradescopeSchema.violations(results));
    assertEquals(report.allChecks().size(), new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(results).get("tests").size());
  }

  @Test
  void junitXmlParsesBackWithATestCasePerCheck() throws Exception {
    int testcases = 0;
    int failures = 0;
    try (Stream<Path> files = Files.list(run.resolve("junit"))) {
      for (Path file : files.sorted().toList()) {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(file.toFile());
        testcases += doc.getElementsByTagName("testcase").getLength();
        failures += Integer.parseInt(doc.getDocumentElement().getAttribute("failures"));
      }
    }
    assertEquals(report.allChecks().size(), testcases);
    assertEquals(report.allChecks().stream().filter(c -> c.status().equals("failed")).count(),
        failures);
  }

  @Test
  void theMarkdownSummaryIsAlsoTheStepSummary() throws Exception {
    String md = Files.readString(run.resolve("summary.md"));
    assertTrue(md.contains("`cache.replication.crash`"), md);
    assertEquals(md + "\n", Files.readString(temp.resolve("step-summary.md")));
  }

  @Test
  void theHtmlReportOpensInChromiumWithoutErrors() throws Exception {
    String html = Files.readString(run.resolve("report.html"));
    assertTrue(html.contains("<svg class=\"timeline\""), "the crash scenario's timeline");
    assertTrue(html.contains("Load per node, cache.hotkeys.load"));
    Optional<Path> chromium = Chromium.find();
    if (chromium.isEmpty()) {
      System.out.println("SKIPPED: no Chromium to open the report (apt-get install chromium)");
      return;
    }
    Path shot = run.resolve("report.png");
    Chromium.Load load = Chromium.open(chromium.get(), run.resolve("report.html"), shot,
        Files.createDirectories(temp.resolve("chromium")));
    assertEquals(List.of(), load.consoleErrors());
    assertTrue(load.dom().contains("data-state=\"ready\""), "the page's script ran");
    // Kept where a person can look at it after the build.
    Path kept = SampleSubmissions.HOME.resolve("harness/target/report-screenshot.png");
    Files.copy(shot, kept, StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void theInterviewCandidateSeesCategoriesAndTheInterviewerEverything() throws Exception {
    for (String file : List.of("candidate.html", "candidate.md", "candidate.json")) {
      String view = Files.readString(run.resolve(file));
      assertFalse(view.contains("cache.replication"), file + " names no check");
      assertTrue(view.contains("fault tolerance"), file + " shows the categories");
    }
    assertTrue(Files.readString(run.resolve("report.html")).contains("cache.replication.crash"));
  }

  @Test
  void everyViewIsAFunctionOfReportJsonAlone() throws Exception {
    Path again = temp.resolve("again");
    CommandLine cli = Gauntlet.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    assertEquals(0, cli.execute("report", run.toString(), "--format", "all", "--profile",
        "interview", "--out", again.toString()));
    for (String file : List.of("results.json", "summary.md", "report.html", "candidate.html",
        "junit/TEST-gauntlet.cache.replication.xml")) {
      assertEquals(Files.readString(run.resolve(file)), Files.readString(again.resolve(file)),
          file);
    }
  }
}
