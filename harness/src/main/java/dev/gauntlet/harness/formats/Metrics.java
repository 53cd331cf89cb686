package dev.gauntlet.harness.formats;

/** Reads the figures checks record, written {@code "value unit"} in the report. */
final class Metrics {

  private Metrics() {}

  /** Returns the number of a figure, or NaN if it has none. */
  static double value(String figure) {
    if (figure == null) {
      return Double.NaN;
    }
    String first = figure.trim().split("\\s+", 2)[0];
    try {
      return Double.parseDouble(first);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** Returns the unit of a figure, or "" if it has none. */
  static String unit(String figure) {
    String[] parts = figure == null ? new String[0] : figure.trim().split("\\s+", 2);
    return parts.length < 2 ? "" : parts[1];
  }
}
