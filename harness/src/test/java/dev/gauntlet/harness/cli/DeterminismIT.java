package dev.gauntlet.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gauntlet.harness.report.CheckReport;
import dev.gauntlet.harness.report.ReportWriter;
import dev.gauntlet.harness.report.RunReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The same candidate graded twice with the same seed gives byte-identical reports, once what is
 * measured in real time is masked: durations, the run's id and start, and the figures of
 * performance checks (throughput and lookup cost are real-time measurements by design).
 */
class DeterminismIT {

  private static final String MASK = "<measured>";
  private static final Set<String> TIMING_FIELDS = Set.of("startedAt", "runId", "run_id",
      "durationMillis", "execution_time");
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  @TempDir Path temp;

  private Path grade(String out) throws Exception {
    CommandLine cli = Gauntlet.commandLine();
    StringWriter text = new StringWriter();
    cli.setOut(new PrintWriter(text, true));
    cli.setErr(new PrintWriter(text, true));
    assertEquals(0, cli.execute("grade", "--impl", "reference", "--system", "cache", "--seed",
        "4242", "--format", "all", "--profile", "interview", "--out",
        temp.resolve(out).toString()), text.toString());
    try (Stream<Path> runs = Files.list(temp.resolve(out))) {
      return runs.findFirst().orElseThrow();
    }
  }

  @Test
  void theSameSeedGivesTheSameReportsApartFromTimings() throws Exception {
    Path first = grade("first");
    Path second = grade("second");
    RunReport report = ReportWriter.read(first.resolve("report.json"));
    List<String> performance = report.allChecks().stream()
        .filter(c -> c.category().equals("performance")).map(CheckReport::id).toList();
    assertFalse(performance.isEmpty());
    assertTrue(report.environment().jvm().contains(System.getProperty("java.runtime.version")));
    List<String> files = files(first);
    assertEquals(files, files(second));
    assertTrue(files.size() >= 10, files.toString());
    for (String file : files) {
      String a = mask(file, Files.readString(first.resolve(file)), performance);
      String b = mask(file, Files.readString(second.resolve(file)), performance);
      assertEquals(a, b, file + " differs between two runs with the same seed");
    }
  }

  private static List<String> files(Path run) throws Exception {
    try (Stream<Path> walk = Files.walk(run)) {
      return walk.filter(Files::isRegularFile).map(p -> run.relativize(p).toString())
          .filter(f -> !f.endsWith(".log")).sorted().toList();
    }
  }

  /** Masks what is measured in real time, by the rules each format's javadoc states. */
  static String mask(String file, String text, List<String> performance) throws Exception {
    if (file.endsWith(".json")) {
      JsonNode tree = JSON.readTree(text);
      maskJson(tree, performance);
      return JSON.writeValueAsString(tree);
    }
    if (file.endsWith(".html")) {
      return text.replaceAll("<span class=\"measured\">[\\s\\S]*?</span>", MASK);
    }
    if (file.endsWith(".xml")) {
      String masked = text.replaceAll("time=\"[^\"]*\"", "time=\"" + MASK + "\"");
      for (String id : performance) {
        masked = masked.replaceAll("<testcase name=\"" + Pattern.quote(id)
            + "\"[\\s\\S]*?</testcase>", MASK);
      }
      return masked;
    }
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      lines.add(performance.stream().anyMatch(line::contains) ? MASK : line);
    }
    return String.join("\n", lines);
  }

  private static void maskJson(JsonNode node, List<String> performance) {
    if (node instanceof ObjectNode object) {
      boolean measured = "performance".equals(object.path("category").asText())
          || object.path("tags").toString().contains("\"performance\"")
          || object.path("name").asText().contains("(× reference)");
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        if (TIMING_FIELDS.contains(name) || (measured && Set.of("message", "metrics", "output",
            "value").contains(name))) {
          object.put(name, MASK);
        } else {
          maskJson(object.get(name), performance);
        }
      }
    } else if (node != null && node.isArray()) {
      node.forEach(child -> maskJson(child, performance));
    }
  }
}
