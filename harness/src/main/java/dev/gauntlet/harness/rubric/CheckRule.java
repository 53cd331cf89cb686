package dev.gauntlet.harness.rubric;

import dev.gauntlet.harness.check.Category;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a rubric says about a check or a group of checks. Every part is optional: what a rule
 * leaves unset comes from less specific rules, then from the check's own declaration.
 *
 * @param points the points it is worth instead of its default, if set
 * @param category the category its points count towards instead of its own, if set
 * @param visibility who sees its result (Gradescope's visibility), if set
 * @param settings settings handed to the check ({@code ctx.setting(name, default)}), in order
 */
public record CheckRule(Optional<Integer> points, Optional<Category> category,
    Optional<Visibility> visibility, Map<String, Double> settings) {

  /** A rule that says nothing. */
  public static final CheckRule EMPTY =
      new CheckRule(Optional.empty(), Optional.empty(), Optional.empty(), Map.of());

  public CheckRule {
    // Copied in order: settings become worker arguments, and a run must not depend on hash order.
    settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }

  /** Returns this rule with what {@code other} sets laid over it. */
  CheckRule overlay(CheckRule other) {
    Map<String, Double> merged = new LinkedHashMap<>(settings);
    merged.putAll(other.settings);
    return new CheckRule(other.points.isPresent() ? other.points : points,
        other.category.isPresent() ? other.category : category,
        other.visibility.isPresent() ? other.visibility : visibility, merged);
  }
}
