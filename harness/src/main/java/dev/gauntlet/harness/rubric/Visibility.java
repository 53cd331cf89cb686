package dev.gauntlet.harness.rubric;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who sees a check's result, in Gradescope's words: students see {@code visible} checks at once,
 * {@code after_due_date} ones once the deadline has passed, {@code after_published} ones once the
 * grades are published, and {@code hidden} ones never (a hidden check also hides the total).
 */
public enum Visibility {
  VISIBLE,
  HIDDEN,
  AFTER_DUE_DATE,
  AFTER_PUBLISHED;

  /** Returns the name used in rubrics and reports, e.g. {@code after_due_date}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the visibility named {@code label} ({@code after-due-date} is accepted too). */
  public static Optional<Visibility> of(String label) {
    String normal = label.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values()).filter(v -> v.label().equals(normal)).findFirst();
  }

  /** Returns the labels, comma-separated, for error messages. */
  static String labels() {
    return Arrays.stream(values()).map(Visibility::label).collect(Collectors.joining(", "));
  }
}
