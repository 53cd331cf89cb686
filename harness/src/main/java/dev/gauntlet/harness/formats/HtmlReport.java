package dev.gauntlet.harness.formats;

import static dev.gauntlet.harness.formats.MarkdownSummary.html;

import dev.gauntlet.harness.report.CheckReport;
import dev.gauntlet.harness.report.RunReport;
import dev.gauntlet.harness.report.Summary;
import dev.gauntlet.harness.report.SystemReport;
import dev.gauntlet.harness.report.Total;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One self-contained HTML page: opened from disk with no network (styles, script and plots are
 * inline; a content security policy forbids fetching anything). It shows the score per category,
 * the plots people would rather look at than tables (throughput against the reference, load per
 * node, latency percentiles, storage overhead: each drawn when some check measured it), every
 * check, and for each check short of full marks its scenario, a timeline of its operations and
 * faults, and the command that replays it. Real-time figures sit in {@code span.measured}.
 */
public final class HtmlReport {

  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  private HtmlReport() {}

  /** Returns the page for {@code report}. */
  public static String render(RunReport report) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
            + " style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Gauntlet: ").append(pts(report.total())).append(" points</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    header(h, report);
    categories(h, report);
    Plots.render(h, report);
    for (SystemReport system : report.systems()) {
      system(h, system);
    }
    failures(h, report);
    h.append("<footer>Gauntlet ").append(html(report.harnessVersion())).append(" · run ")
        .append("<span class=\"measured\">").append(html(report.runId()))
        .append("</span> · started ")
        .append("<span class=\"measured\">").append(html(report.startedAt())).append("</span>")
        .append("</footer>\n<div id=\"gauntlet-ready\" data-state=\"loading\" hidden></div>\n")
        .append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void header(StringBuilder h, RunReport r) {
    h.append("<header>\n<h1>Gauntlet <span class=\"score\">").append(pts(r.total()))
        .append("</span> <span class=\"percent\">").append(r.total().percent())
        .append("%</span></h1>\n<dl class=\"meta\">\n");
    meta(h, "candidate", r.candidate().impl() + " (" + r.candidate().kind() + ")");
    if (r.submission() != null) {
      meta(h, "submission", r.submission());
    }
    meta(h, "outcome", r.outcome() + ", " + r.checksPassed() + "/" + r.checksGraded()
        + " checks passed");
    meta(h, "seed", Long.toString(r.seed()));
    for (SystemReport s : r.systems()) {
      meta(h, s.id() + " backend", s.backend());
    }
    if (r.environment() != null) {
      meta(h, "machine", r.environment().host() + ", " + r.environment().cpus() + " CPUs, "
          + r.environment().memoryMb() + " MiB, " + r.environment().os());
      meta(h, "JVM", r.environment().jvm());
    }
    meta(h, "rubric", r.rubric());
    h.append("</dl>\n");
    if (r.error() != null) {
      h.append("<p class=\"error\">Nothing could be graded: ").append(html(r.error()))
          .append("</p>\n");
    }
    h.append("<p class=\"replay\">Replay the run: <code>").append(html(r.command()))
        .append("</code> <button type=\"button\" class=\"copy\" data-copy=\"")
        .append(html(r.command())).append("\">copy</button></p>\n</header>\n");
  }

  private static void meta(StringBuilder h, String name, String value) {
    h.append("<dt>").append(html(name)).append("</dt><dd>").append(html(value)).append("</dd>\n");
  }

  private static void categories(StringBuilder h, RunReport r) {
    if (r.categories().isEmpty()) {
      return;
    }
    h.append("<section id=\"categories\">\n<h2>Categories</h2>\n");
    List<Svg.Bar> bars = new ArrayList<>();
    for (Map.Entry<String, Total> c : r.categories().entrySet()) {
      bars.add(new Svg.Bar(c.getKey(), c.getValue().percent(), "% (" + pts(c.getValue()) + ")"));
    }
    h.append(Svg.bars("Score per category, % of its points", bars, 100, "full marks"))
        .append("\n</section>\n");
  }

  private static void system(StringBuilder h, SystemReport s) {
    h.append("<section class=\"system\" id=\"system-").append(html(s.id())).append("\">\n<h2>")
        .append(html(s.id())).append(": ").append(pts(s.score(), s.max())).append(" <small>")
        .append(html(s.title())).append("</small></h2>\n");
    if (s.worker() != null && !"completed".equals(s.worker().state())) {
      h.append("<p class=\"error\">Worker ").append(html(s.worker().state())).append(" (exit code ")
          .append(s.worker().exitCode()).append("), log <code>").append(html(s.worker().log()))
          .append("</code></p>\n");
    }
    if (s.checks().isEmpty()) {
      h.append("</section>\n");
      return;
    }
    h.append("<label class=\"filter\"><input type=\"checkbox\" class=\"only-failed\"> only checks"
        + " short of full marks</label>\n<table class=\"checks\">\n<thead><tr><th>status</th>"
        + "<th>check</th><th>category</th><th>points</th><th>result</th><th>time</th></tr>"
        + "</thead>\n<tbody>\n");
    for (CheckReport c : s.checks()) {
      h.append("<tr class=\"").append(c.passed() ? "ok" : "short").append("\"><td><span class=\"")
          .append("chip ").append(css(c.status())).append("\">").append(html(c.status()))
          .append("</span></td><td><code>");
      if (Failures.explained(c)) {
        h.append("<a href=\"#f-").append(html(c.id())).append("\">").append(html(c.id()))
            .append("</a>");
      } else {
        h.append(html(c.id()));
      }
      h.append("</code><br><small>").append(html(c.title())).append("</small></td><td>")
          .append(html(c.category())).append("</td><td class=\"num\">")
          .append(pts(c.points(), c.maxPoints())).append("</td><td>").append(measured(c,
              html(c.message()))).append("</td><td class=\"num\"><span class=\"measured\">")
          .append(String.format(Locale.ROOT, "%.1f s", c.durationMillis() / 1000.0))
          .append("</span></td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static void failures(StringBuilder h, RunReport r) {
    List<CheckReport> failed = r.allChecks().stream().filter(Failures::explained)
        .filter(c -> !"not implemented".equals(c.status()) && !"not reached".equals(c.status()))
        .toList();
    if (failed.isEmpty()) {
      return;
    }
    h.append("<section id=\"failures\">\n<h2>Checks short of full marks</h2>\n");
    for (CheckReport c : failed) {
      var f = c.failure();
      h.append("<article class=\"failure\" id=\"f-").append(html(c.id())).append("\">\n<h3><span")
          .append(" class=\"chip ").append(css(c.status())).append("\">").append(html(c.status()))
          .append("</span> <code>").append(html(c.id())).append("</code></h3>\n<p>")
          .append(html(c.message())).append("</p>\n");
      if (f.guarantee() != null || f.expected() != null || f.observed() != null) {
        h.append("<dl class=\"verdict\">");
        if (f.guarantee() != null) {
          h.append("<dt>guarantee</dt><dd>").append(html(f.guarantee())).append("</dd>");
        }
        h.append("<dt>expected</dt><dd><code>").append(html(f.expected())).append("</code></dd>")
            .append("<dt>observed</dt><dd><code>").append(html(f.observed()))
            .append("</code></dd></dl>\n");
      }
      List<Timeline.Event> events = Timeline.parse(f.steps() == null ? List.of() : f.steps());
      if (Timeline.worthDrawing(events)) {
        h.append("<div class=\"scroll\">").append(Timeline.svg(events)).append("</div>\n");
      }
      if (f.steps() != null && !f.steps().isEmpty()) {
        h.append("<p>Smallest failing scenario");
        if (f.originalSteps() != null) {
          h.append(" (shrunk from ").append(f.originalSteps()).append(" steps)");
        }
        h.append(":</p>\n<pre class=\"steps\">");
        f.steps().forEach(step -> h.append(html(step)).append('\n'));
        h.append("</pre>\n");
      }
      if (f.stackTrace() != null) {
        h.append("<details><summary>stack trace</summary><pre>").append(html(f.stackTrace()))
            .append("</pre></details>\n");
      }
      if (Failures.replayable(c)) {
        h.append("<p class=\"replay\">Replay: <code>").append(html(f.replay()))
            .append("</code> <button type=\"button\" class=\"copy\" data-copy=\"")
            .append(html(f.replay())).append("\">copy</button></p>\n");
      }
      h.append("</article>\n");
    }
    h.append("</section>\n");
  }

  /**
   * Wraps what a performance check says in {@code span.measured}: its figures come from real
   * time and differ from run to run, unlike everything else for one seed.
   */
  private static String measured(CheckReport check, String text) {
    return "performance".equals(check.category())
        ? "<span class=\"measured\">" + text + "</span>" : text;
  }

  static String css(String status) {
    return status.replace(' ', '-');
  }

  static String pts(Total t) {
    return pts(t.score(), t.max());
  }

  static String pts(double score, double max) {
    return Summary.points(score) + "/" + Summary.points(max);
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the harness jar lacks " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
