package dev.gauntlet.harness.formats;

import java.util.List;
import java.util.Locale;

/** Inline SVG bar charts: no script, no fonts or images to fetch, readable when printed. */
final class Svg {

  /** One bar: its label, its value, and a note shown after the value. */
  record Bar(String label, double value, String note) {}

  private static final int LABEL = 230;
  private static final int WIDTH = 640;
  private static final int ROW = 26;

  private Svg() {}

  /**
   * Returns a horizontal bar chart.
   *
   * @param title what is plotted, also the chart's accessible name
   * @param bars the bars, top to bottom
   * @param reference a value to mark with a dashed line (e.g. the reference's 1.0), or NaN
   * @param referenceLabel what that line stands for
   */
  static String bars(String title, List<Bar> bars, double reference, String referenceLabel) {
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
    if (!Double.isNaN(reference)) {
      max = Math.max(max, reference);
    }
    max = max <= 0 ? 1 : max * 1.1;
    int plot = WIDTH - LABEL - 110;
    int height = ROW * bars.size() + 34;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" aria-label=\"").append(MarkdownSummary.html(title)).append("\"><title>")
        .append(MarkdownSummary.html(title)).append("</title>");
    int y = 8;
    for (Bar bar : bars) {
      double w = Math.max(1, bar.value() / max * plot);
      svg.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 15)
          .append("\" text-anchor=\"end\" class=\"label\">").append(MarkdownSummary.html(
              shorten(bar.label(), 36))).append("</text>");
      svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 3).append("\" width=\"")
          .append(num(w)).append("\" height=\"").append(ROW - 8).append("\" class=\"bar\"><title>")
          .append(MarkdownSummary.html(bar.label() + ": " + num(bar.value()) + " " + bar.note()))
          .append("</title></rect>");
      svg.append("<text x=\"").append(num(LABEL + w + 6)).append("\" y=\"").append(y + 15)
          .append("\" class=\"value\">").append(num(bar.value())).append(' ')
          .append(MarkdownSummary.html(bar.note())).append("</text>");
      y += ROW;
    }
    if (!Double.isNaN(reference)) {
      double x = LABEL + reference / max * plot;
      svg.append("<line x1=\"").append(num(x)).append("\" x2=\"").append(num(x))
          .append("\" y1=\"4\" y2=\"").append(y + 4).append("\" class=\"ref\"/>");
      svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(y + 20)
          .append("\" text-anchor=\"middle\" class=\"note\">")
          .append(MarkdownSummary.html(referenceLabel)).append("</text>");
    }
    return svg.append("</svg>").toString();
  }

  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  static String num(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e12) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%.2f", value).replaceFirst("0$", "");
  }
}
