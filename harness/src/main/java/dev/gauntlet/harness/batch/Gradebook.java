package dev.gauntlet.harness.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.report.CheckReport;
import dev.gauntlet.harness.report.ReportWriter;
import dev.gauntlet.harness.report.RunReport;
import dev.gauntlet.harness.report.Total;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The grades of a class, one row per submission, made from the submissions' report.json files
 * alone: a batch writes it as submissions finish, and {@code gauntlet merge} makes the same one
 * from the reports of shards graded on other machines.
 *
 * @param categories the category labels of the columns, in category order
 * @param rows one per submission, by name
 */
public record Gradebook(List<String> categories, List<GradebookRow> rows) {

  /** The file names written. */
  public static final String CSV = "gradebook.csv";
  public static final String JSON_FILE = "gradebook.json";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Returns the gradebook of {@code reports} (report.json files). Two reports of one submission
   * (a shard graded twice): the later one counts.
   *
   * @param base the folder the gradebook is written to; report paths are given relative to it
   */
  public static Gradebook of(List<Path> reports, Path base) throws IOException {
    Map<String, GradebookRow> rows = new LinkedHashMap<>();
    Map<String, String> started = new LinkedHashMap<>();
    for (Path file : reports) {
      RunReport report = ReportWriter.read(file);
      String name = name(report, file);
      if (started.containsKey(name) && started.get(name).compareTo(report.startedAt()) > 0) {
        continue;
      }
      started.put(name, report.startedAt());
      rows.put(name, row(name, report, relative(base, file)));
    }
    List<GradebookRow> sorted = new ArrayList<>(rows.values());
    sorted.sort(Comparator.comparing(GradebookRow::submission));
    List<String> categories = new ArrayList<>();
    for (Category c : Category.values()) {
      if (sorted.stream().anyMatch(r -> r.categories().containsKey(c.label()))) {
        categories.add(c.label());
      }
    }
    return new Gradebook(categories, sorted);
  }

  /** Returns every report.json under {@code roots} (files or folders), views left out. */
  public static List<Path> findReports(List<Path> roots) throws IOException {
    List<Path> found = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isRegularFile(root)) {
        found.add(root);
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.getFileName().toString().equals(ReportWriter.FILE))
            .sorted().forEach(found::add);
      }
    }
    return found;
  }

  private static String name(RunReport report, Path file) {
    if (report.submission() != null) {
      return report.submission();
    }
    String impl = report.candidate() == null ? null : report.candidate().impl();
    if (impl != null && !impl.isBlank()) {
      String last = Path.of(impl).getFileName().toString();
      return last.toLowerCase(Locale.ROOT).endsWith(".jar")
          ? last.substring(0, last.length() - 4) : last;
    }
    return file.toAbsolutePath().getParent().getFileName().toString();
  }

  private static GradebookRow row(String name, RunReport report, String path) {
    Map<String, Double> categories = new LinkedHashMap<>();
    for (Map.Entry<String, Total> c : report.categories().entrySet()) {
      categories.put(c.getKey(), c.getValue().score());
    }
    List<String> failures = report.allChecks().stream()
        .filter(c -> c.graded() && !c.passed()).map(CheckReport::id).toList();
    String status = report.error() != null || "candidate error".equals(report.outcome())
        ? "error" : "cut short".equals(report.outcome()) ? "cut short" : "graded";
    return new GradebookRow(name, status, report.total().score(), report.total().max(),
        report.total().percent(), categories, report.checksPassed(), report.checksGraded(),
        failures, report.seed(), report.error(), path);
  }

  private static String relative(Path base, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path root = base.toAbsolutePath().normalize();
    return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
  }

  /** Writes gradebook.csv and gradebook.json into {@code dir}; returns the CSV's path. */
  public Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    write(dir.resolve(JSON_FILE), JSON.writeValueAsString(this) + "\n");
    return write(dir.resolve(CSV), csv());
  }

  /** Returns the gradebook as CSV (RFC 4180): a header, then one line per submission. */
  public String csv() {
    List<String> header = new ArrayList<>(List.of("submission", "status", "score", "max",
        "percent"));
    header.addAll(categories);
    header.addAll(List.of("checks passed", "checks graded", "failures", "seed", "error",
        "report"));
    StringBuilder out = new StringBuilder(line(header));
    for (GradebookRow r : rows) {
      List<String> cells = new ArrayList<>(List.of(r.submission(), r.status(), num(r.score()),
          num(r.max()), num(r.percent())));
      categories.forEach(c -> cells.add(r.categories().containsKey(c)
          ? num(r.categories().get(c)) : ""));
      cells.addAll(List.of(Integer.toString(r.checksPassed()), Integer.toString(r.checksGraded()),
          String.join(" ", r.failures()), Long.toString(r.seed()),
          r.error() == null ? "" : r.error(), r.report()));
      out.append(line(cells));
    }
    return out.toString();
  }

  private static String line(List<String> cells) {
    return String.join(",", cells.stream().map(Gradebook::quote).toList()) + "\r\n";
  }

  private static String quote(String cell) {
    // Spreadsheets run cells that start with = + - @ as formulas: a submission name must not.
    String safe = cell.matches("^[=+@\\-].*") && !cell.matches("^-?[\\d.]+$") ? "'" + cell : cell;
    return safe.matches(".*[\",\\r\\n].*") || safe.contains("\n")
        ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }

  private static String num(double value) {
    return value == Math.rint(value) ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.2f", value);
  }

  private static Path write(Path file, String text) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(partial, text, StandardCharsets.UTF_8);
    return Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }
}
