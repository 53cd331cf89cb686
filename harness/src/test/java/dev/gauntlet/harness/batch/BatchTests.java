package dev.gauntlet.harness.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.report.CandidateReport;
import dev.gauntlet.harness.report.EnvironmentReport;
import dev.gauntlet.harness.report.ReportWriter;
import dev.gauntlet.harness.report.RunReport;
import dev.gauntlet.harness.report.Total;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch runner with a stand-in grader: isolation, resumption, the gradebook, shards. */
class BatchTests {

  @TempDir Path temp;

  private final List<String> graded = Collections.synchronizedList(new ArrayList<>());
  private final StringWriter progress = new StringWriter();

  private static RunReport report(String name, double score, String error) {
    return new RunReport(RunReport.SCHEMA, "test", "run", "2026-01-01T00:00:00Z", 3,
        new CandidateReport(name, name, "jar"), "cmd", "default",
        new EnvironmentReport("jvm", "os", 1, "host", 1), error == null ? 0 : 2,
        error == null ? "completed" : "candidate error", List.of(),
        error == null ? Map.of("correctness", Total.of(score, 10)) : Map.of(),
        error == null ? Total.of(score, 10) : Total.ZERO, 0, 0, name, error, "default");
  }

  private Batch batch(Path out) {
    return new Batch(out, 2, (s, folder) -> {
      graded.add(s.name());
      if (s.name().equals("crash")) {
        throw new IllegalStateException("the grader broke on crash");
      }
      RunReport r = report(s.name(), s.name().length(), null);
      ReportWriter.write(r, folder);
      return r;
    }, (s, message) -> report(s.name(), 0, message), new PrintWriter(progress, true));
  }

  private Path classOf(String... names) throws Exception {
    Path dir = Files.createDirectories(temp.resolve("class"));
    for (String name : names) {
      Files.writeString(dir.resolve(name + ".jar"), name);
    }
    return dir;
  }

  @Test
  void oneSubmissionThatThrowsNeverStopsTheOthers() throws Exception {
    Path out = temp.resolve("out");
    Batch.Result result = batch(out).run(Submissions.in(classOf("ann", "crash", "zoe")));

    assertEquals(3, result.graded());
    assertEquals(1, result.errors());
    List<GradebookRow> rows = result.gradebook().rows();
    assertEquals(List.of("ann", "crash", "zoe"), rows.stream().map(GradebookRow::submission)
        .toList());
    assertEquals("error", rows.get(1).status());
    assertEquals("the grader broke on crash", rows.get(1).error());
    assertEquals(3.0, rows.get(2).score());
    assertTrue(progress.toString().contains("] 3/3 graded"), progress.toString());
  }

  @Test
  void aRerunGradesOnlyWhatIsMissingOrChanged() throws Exception {
    Path dir = classOf("ann", "bo", "cy");
    Path out = temp.resolve("out");
    batch(out).run(Submissions.in(dir));
    graded.clear();
    Files.delete(out.resolve("bo").resolve(Batch.FINGERPRINT)); // as if killed while grading bo
    Files.writeString(dir.resolve("cy.jar"), "cy, resubmitted");

    Batch.Result again = batch(out).run(Submissions.in(dir));

    assertEquals(List.of("bo", "cy"), graded.stream().sorted().toList());
    assertEquals(1, again.resumed());
    assertEquals(3, again.gradebook().rows().size());
  }

  @Test
  void shardsAreDisjointAndCoverTheClass() throws Exception {
    List<Submission> all = Submissions.in(classOf("a", "b", "c", "d", "e"));
    List<String> seen = new ArrayList<>();
    for (int k = 1; k <= 3; k++) {
      Submissions.shard(all, k, 3).forEach(s -> seen.add(s.name()));
    }
    assertEquals(List.of("a", "d", "b", "e", "c"), seen);
  }

  @Test
  void theCsvQuotesWhatSpreadsheetsWouldMisread() throws Exception {
    Path out = temp.resolve("out");
    ReportWriter.write(report("=HYPERLINK(\"x\")", 2, null), Files.createDirectories(
        out.resolve("a")));
    ReportWriter.write(report("b, with comma", 0, "line one\nline two"),
        Files.createDirectories(out.resolve("b")));
    Gradebook book = Gradebook.of(Gradebook.findReports(List.of(out)), out);
    String csv = book.csv();
    assertTrue(csv.contains("\"'=HYPERLINK(\"\"x\"\")\",graded,2,10,20"), csv);
    assertTrue(csv.contains("\"b, with comma\",error,0,0,0,,0,0,,3,\"line one\nline two\",b/"
        + "report.json"), csv);
  }
}
