package dev.gauntlet.harness.formats;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outputs a grade can produce. {@code report.json} is always written: every other format is a
 * view of it, and {@code gauntlet report} renders them again from it.
 */
public enum Format {
  /** {@code report.json}, the source of every other format. */
  JSON("json", "report.json"),
  /** The lines printed as checks finish, with the totals. */
  SUMMARY("summary", "(printed)"),
  /** Gradescope's {@code results.json}. */
  GRADESCOPE("gradescope", "results.json"),
  /** JUnit XML in Surefire's layout, one file per suite, one test case per check. */
  JUNIT("junit", "junit/TEST-*.xml"),
  /** A Markdown summary, also appended to {@code $GITHUB_STEP_SUMMARY} when it is set. */
  MARKDOWN("markdown", "summary.md"),
  /** One self-contained HTML page with plots and failure timelines. */
  HTML("html", "report.html");

  /** What {@code --format} means when it is not given. */
  public static final Set<Format> DEFAULT = EnumSet.of(JSON, SUMMARY);

  private final String id;
  private final String file;

  Format(String id, String file) {
    this.id = id;
    this.file = file;
  }

  /** Returns the name {@code --format} takes. */
  public String id() {
    return id;
  }

  /** Returns the file it writes in the run folder. */
  public String file() {
    return file;
  }

  /**
   * Reads {@code --format} values: names separated by commas, or {@code all}.
   *
   * @throws IllegalArgumentException naming an unknown format and the known ones
   */
  public static Set<Format> parse(Iterable<String> values) {
    Set<Format> formats = EnumSet.noneOf(Format.class);
    for (String value : values) {
      for (String name : value.split(",")) {
        String id = name.trim().toLowerCase(Locale.ROOT);
        if (id.isEmpty()) {
          continue;
        }
        if (id.equals("all")) {
          formats.addAll(EnumSet.allOf(Format.class));
          continue;
        }
        formats.add(Arrays.stream(values()).filter(f -> f.id.equals(id)
            || (f == MARKDOWN && id.equals("md")) || (f == JUNIT && id.equals("junit-xml")))
            .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown format '" + name
                + "' (known: " + ids() + ", all)")));
      }
    }
    formats.add(JSON);
    return formats;
  }

  /** Returns the format names, comma-separated. */
  public static String ids() {
    return Arrays.stream(values()).map(Format::id).collect(Collectors.joining(", "));
  }
}
