package dev.gauntlet.harness.engine;

import java.util.List;

/** Renders steps as numbered lines that read like code, with faults marked and notes unnumbered. */
final class StepRenderer {

  private static final String ARROW = "→";

  private StepRenderer() {}

  static String render(List<Step> steps) {
    int last = steps.stream().mapToInt(Step::number).max().orElse(0);
    int width = String.valueOf(last).length() + 2; // two spaces of margin before the widest number
    StringBuilder out = new StringBuilder();
    for (Step step : steps) {
      if (out.length() > 0) {
        out.append('\n');
      }
      if (step.kind() == Step.Kind.NOTE) {
        out.append(" ".repeat(width - 1)).append("# ").append(step.code());
        continue;
      }
      out.append(String.format("%" + width + "d. ", step.number()));
      if (step.kind() == Step.Kind.FAULT) {
        out.append("FAULT ");
      }
      out.append(step.code());
      if (step.observed() != null) {
        out.append("  ").append(ARROW).append(' ').append(withoutArrow(step.observed()));
      }
    }
    return out.toString();
  }

  /** Callers may write the arrow themselves, as in {@code observe("→ Optional[a]")}; print it once. */
  private static String withoutArrow(String observed) {
    String trimmed = observed.strip();
    return trimmed.startsWith(ARROW) ? trimmed.substring(ARROW.length()).strip() : trimmed;
  }
}
