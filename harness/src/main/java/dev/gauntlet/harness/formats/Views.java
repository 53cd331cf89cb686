package dev.gauntlet.harness.formats;

import dev.gauntlet.harness.report.RunReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the views of a report beside its {@code report.json}. Every view is computed from the
 * {@link RunReport} alone, so {@code gauntlet report} can render them again from the file.
 */
public final class Views {

  /** The environment variable GitHub Actions sets to the file a step's summary is appended to. */
  public static final String GITHUB_STEP_SUMMARY = "GITHUB_STEP_SUMMARY";

  private Views() {}

  /**
   * Writes the files of {@code formats} (all but json and summary, which the grade writes and
   * prints itself) into {@code folder}.
   *
   * @param profile with {@link Profile#INTERVIEW}, also writes {@code candidate.json},
   *     {@code candidate.md} and {@code candidate.html}, showing categories only
   * @param env the environment, for {@value #GITHUB_STEP_SUMMARY}
   * @return the files written, in format order
   */
  public static List<Path> write(RunReport report, Path folder, Set<Format> formats,
      Profile profile, Map<String, String> env) throws IOException {
    List<Path> written = new ArrayList<>();
    if (formats.contains(Format.GRADESCOPE)) {
      written.add(atomically(folder.resolve("results.json"), GradescopeResults.render(report)));
    }
    if (formats.contains(Format.JUNIT)) {
      written.addAll(JUnitXml.write(report, folder.resolve("junit")));
    }
    if (formats.contains(Format.MARKDOWN)) {
      String markdown = MarkdownSummary.render(report);
      written.add(atomically(folder.resolve("summary.md"), markdown));
      String stepSummary = env.get(GITHUB_STEP_SUMMARY);
      if (stepSummary != null && !stepSummary.isBlank()) {
        // GitHub reads the whole file after the step: append, as other steps may have written.
        Files.writeString(Path.of(stepSummary), markdown + "\n", StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      }
    }
    if (formats.contains(Format.HTML)) {
      written.add(atomically(folder.resolve("report.html"), HtmlReport.render(report)));
    }
    if (profile == Profile.INTERVIEW) {
      RunReport candidate = CandidateView.of(report);
      written.add(atomically(folder.resolve("candidate.json"), CandidateView.json(candidate)));
      written.add(atomically(folder.resolve("candidate.md"), MarkdownSummary.render(candidate)));
      written.add(atomically(folder.resolve("candidate.html"), HtmlReport.render(candidate)));
    }
    return written;
  }

  /** Writes {@code text} whole, then renames it into place: a reader never sees half a file. */
  static Path atomically(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Path partial = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(partial, text, StandardCharsets.UTF_8);
    return Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }
}
