package dev.gauntlet.harness.formats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gauntlet.harness.report.CheckReport;
import dev.gauntlet.harness.report.RunReport;
import dev.gauntlet.harness.report.Summary;
import dev.gauntlet.harness.report.SystemReport;
import dev.gauntlet.harness.report.Total;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Gradescope's {@code results.json}, as its autograder specification describes it: the total,
 * one test per check (with its visibility from the rubric and tags for its system, suite and
 * category), and leaderboard entries for the performance ratios, so a class can compete on
 * throughput.
 */
public final class GradescopeResults {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private GradescopeResults() {}

  /** Returns the results.json of {@code report}. */
  public static String render(RunReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("score", report.total().score());
    root.put("max_score", report.total().max());
    root.put("execution_time", Math.round(report.systems().stream()
        .mapToLong(SystemReport::durationMillis).sum() / 1000.0));
    root.put("output", output(report));
    root.put("output_format", "md");
    root.put("test_output_format", "text");
    root.put("test_name_format", "text");
    // The autograder's stdout holds worker logs and the summary: not for students by default.
    root.put("stdout_visibility", "hidden");
    ObjectNode extra = root.putObject("extra_data");
    extra.put("harness_version", report.harnessVersion());
    extra.put("seed", report.seed());
    extra.put("run_id", report.runId());
    extra.put("outcome", report.outcome());
    ArrayNode tests = root.putArray("tests");
    int s = 0;
    for (SystemReport system : report.systems()) {
      s++;
      int c = 0;
      for (CheckReport check : system.checks()) {
        tests.add(test(check, system.id(), s + "." + (++c)));
      }
    }
    ArrayNode leaderboard = root.putArray("leaderboard");
    ObjectNode total = leaderboard.addObject();
    total.put("name", "score (%)");
    total.put("value", report.total().percent());
    total.put("order", "desc");
    for (CheckReport check : report.allChecks()) {
      for (Map.Entry<String, String> metric : check.metrics().entrySet()) {
        if (metric.getKey().equals("throughput-ratio")) {
          ObjectNode entry = leaderboard.addObject();
          entry.put("name", check.id() + " (× reference)");
          entry.put("value", Metrics.value(metric.getValue()));
          entry.put("order", "desc");
        }
      }
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode test(CheckReport check, String system, String number) {
    ObjectNode test = JSON.createObjectNode();
    test.put("name", check.id() + ": " + check.title());
    test.put("number", number);
    test.put("score", check.points());
    test.put("max_score", check.graded() ? check.maxPoints() : 0);
    if (check.graded()) {
      // Gradescope knows passed and failed only: partial credit, unknown and the rest fail.
      test.put("status", check.passed() ? "passed" : "failed");
    }
    test.put("output", (check.passed() ? "" : check.status().toUpperCase(java.util.Locale.ROOT)
        + ": ") + (Failures.explained(check) ? Failures.text(check) : check.message()));
    test.put("visibility", check.visibility() == null ? "visible" : check.visibility());
    ArrayNode tags = test.putArray("tags");
    tags.add(system);
    tags.add(system + "." + check.suite());
    tags.add(check.category());
    ObjectNode extra = test.putObject("extra_data");
    extra.put("check", check.id());
    extra.put("status", check.status());
    return test;
  }

  private static String output(RunReport report) {
    StringBuilder out = new StringBuilder();
    out.append("**Gauntlet** ").append(report.harnessVersion()).append(", seed `")
        .append(report.seed()).append("`: ").append(Summary.points(report.total().score()))
        .append('/').append(Summary.points(report.total().max())).append(" points (")
        .append(report.total().percent()).append("%)\n\n");
    if (report.error() != null) {
      out.append("Nothing could be graded: ").append(report.error()).append("\n\n");
    }
    for (Map.Entry<String, Total> category : report.categories().entrySet()) {
      out.append("- ").append(category.getKey()).append(": ")
          .append(Summary.points(category.getValue().score())).append('/')
          .append(Summary.points(category.getValue().max())).append('\n');
    }
    return out.toString();
  }
}
