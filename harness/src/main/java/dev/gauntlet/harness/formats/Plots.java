package dev.gauntlet.harness.formats;

import dev.gauntlet.harness.report.CheckReport;
import dev.gauntlet.harness.report.RunReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plots of the HTML report, drawn from the figures checks measured, by their names: a
 * {@code throughput-ratio} (candidate ÷ reference), {@code load, <node>} (keys or requests per
 * node), {@code latency p<N>} and {@code storage-overhead}. A plot appears when some check
 * recorded its figures; a system whose checks measure none of them simply has no plot.
 */
final class Plots {

  private static final Pattern LOAD = Pattern.compile("load, (.+)");
  private static final Pattern LATENCY = Pattern.compile("latency (p[\\d.]+|mean|max)");

  /** Orders labels as people count: node-2 before node-10. */
  static final java.util.Comparator<Svg.Bar> NATURAL = java.util.Comparator
      .comparing((Svg.Bar b) -> b.label().replaceAll("\\d+$", ""))
      .thenComparingLong(b -> {
        Matcher digits = Pattern.compile("(\\d+)$").matcher(b.label());
        return digits.find() && digits.group(1).length() < 18 ? Long.parseLong(digits.group(1))
            : -1;
      })
      .thenComparing(Svg.Bar::label);

  private Plots() {}

  static void render(StringBuilder h, RunReport report) {
    List<Svg.Bar> throughput = new ArrayList<>();
    List<String> charts = new ArrayList<>();
    List<Svg.Bar> overhead = new ArrayList<>();
    for (CheckReport check : report.allChecks()) {
      List<Svg.Bar> load = new ArrayList<>();
      List<Svg.Bar> latency = new ArrayList<>();
      for (Map.Entry<String, String> m : check.metrics().entrySet()) {
        double value = Metrics.value(m.getValue());
        if (Double.isNaN(value)) {
          continue;
        }
        Matcher l;
        if (m.getKey().equals("throughput-ratio")) {
          throughput.add(new Svg.Bar(check.id(), value, "× reference"));
        } else if (m.getKey().equals("storage-overhead")) {
          overhead.add(new Svg.Bar(check.id(), value, "× stored bytes"));
        } else if ((l = LOAD.matcher(m.getKey())).matches()) {
          load.add(new Svg.Bar(l.group(1), value, Metrics.unit(m.getValue())));
        } else if ((l = LATENCY.matcher(m.getKey())).matches()) {
          latency.add(new Svg.Bar(l.group(1), value, Metrics.unit(m.getValue())));
        }
      }
      if (!load.isEmpty()) {
        load.sort(NATURAL);
        double mean = load.stream().mapToDouble(Svg.Bar::value).average().orElse(0);
        charts.add(figure("Load per node: " + check.id(), Svg.bars("Load per node, "
            + check.id(), load, mean, "mean")));
      }
      if (!latency.isEmpty()) {
        charts.add(figure("Latency percentiles: " + check.id(), Svg.bars("Latency, "
            + check.id(), latency, Double.NaN, "")));
      }
    }
    if (!throughput.isEmpty()) {
      charts.add(0, figure("Throughput against the reference (same machine, same run)",
          "<span class=\"measured\">" + Svg.bars("Throughput ratio to the reference", throughput,
              1.0, "reference = 1") + "</span>"));
    }
    if (!overhead.isEmpty()) {
      charts.add(figure("Storage overhead", Svg.bars("Storage overhead", overhead, 1.0,
          "no overhead")));
    }
    if (charts.isEmpty()) {
      return;
    }
    h.append("<section id=\"plots\">\n<h2>Measurements</h2>\n");
    charts.forEach(h::append);
    h.append("</section>\n");
  }

  private static String figure(String caption, String svg) {
    return "<figure>" + svg + "<figcaption>" + MarkdownSummary.html(caption)
        + "</figcaption></figure>\n";
  }
}
