package dev.gauntlet.harness.formats;

import dev.gauntlet.harness.report.CheckReport;
import dev.gauntlet.harness.report.RunReport;
import dev.gauntlet.harness.report.SystemReport;
import dev.gauntlet.harness.report.Total;
import java.util.Map;

/**
 * A Markdown summary for a pull request, a GitHub Actions step summary or an e-mail: the total,
 * a table per category and per check, and each check short of full marks folded under its
 * message with the scenario and the command that replays it.
 */
public final class MarkdownSummary {

  private MarkdownSummary() {}

  /** Returns the Markdown of {@code report}. */
  public static String render(RunReport report) {
    StringBuilder md = new StringBuilder();
    md.append("## Gauntlet: ").append(pts(report.total())).append(" points (")
        .append(report.total().percent()).append("%)\n\n");
    md.append("Seed `").append(report.seed()).append("` · Gauntlet ")
        .append(report.harnessVersion()).append(" · candidate `")
        .append(code(report.candidate().impl())).append("`");
    if (report.submission() != null) {
      md.append(" · submission `").append(code(report.submission())).append('`');
    }
    md.append(" · ").append(report.outcome()).append("\n\n");
    if (report.error() != null) {
      md.append("> **Nothing could be graded:** ").append(cell(report.error())).append("\n\n");
    }
    if (!report.categories().isEmpty()) {
      md.append("| Category | Points | % |\n|---|---:|---:|\n");
      for (Map.Entry<String, Total> c : report.categories().entrySet()) {
        md.append("| ").append(c.getKey()).append(" | ").append(pts(c.getValue())).append(" | ")
            .append(c.getValue().percent()).append(" |\n");
      }
      md.append('\n');
    }
    for (SystemReport system : report.systems()) {
      md.append("### ").append(system.id()).append(": ").append(pts(system.score(),
          system.max())).append(" (").append(system.percent()).append("%)\n\n");
      if (system.checks().isEmpty()) {
        continue;
      }
      md.append("| | Check | Category | Points | Result |\n|---|---|---|---:|---|\n");
      for (CheckReport check : system.checks()) {
        md.append("| ").append(icon(check.status())).append(" | `").append(check.id())
            .append("` | ").append(check.category()).append(" | ")
            .append(pts(check.points(), check.maxPoints())).append(" | ")
            .append(cell(check.message())).append(" |\n");
      }
      md.append('\n');
      for (CheckReport check : system.checks()) {
        if (Failures.explained(check) && !"not implemented".equals(check.status())
            && !"not reached".equals(check.status())) {
          md.append("<details><summary>").append(icon(check.status())).append(" <code>")
              .append(html(check.id())).append("</code>: ").append(html(check.message()))
              .append("</summary>\n\n```text\n").append(Failures.text(check).replace("```", "'''"))
              .append("\n```\n\n</details>\n\n");
        }
      }
    }
    md.append("Replay the whole run: `").append(code(report.command())).append("`\n");
    return md.toString();
  }

  static String icon(String status) {
    return switch (status) {
      case "passed" -> "✅";
      case "partial" -> "🟡";
      case "skipped" -> "⏭️";
      case "unknown" -> "❔";
      case "not implemented" -> "⬜";
      default -> "❌";
    };
  }

  private static String pts(Total total) {
    return pts(total.score(), total.max());
  }

  private static String pts(double score, double max) {
    return dev.gauntlet.harness.report.Summary.points(score) + "/"
        + dev.gauntlet.harness.report.Summary.points(max);
  }

  /** A table cell: one line, pipes escaped. */
  private static String cell(String text) {
    return text == null ? "" : text.lines().findFirst().orElse("").replace("|", "\\|");
  }

  private static String code(String text) {
    return text == null ? "" : text.replace("`", "'");
  }

  static String html(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;")
        .replace(">", "&gt;").replace("\"", "&quot;");
  }
}
