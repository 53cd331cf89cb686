package dev.gauntlet.harness.rubric;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a rubric says about one check.
 *
 * @param points the points it is worth instead of its default, if set
 * @param settings settings handed to the check ({@code ctx.setting(name, default)})
 */
public record CheckRule(Optional<Integer> points, Map<String, Double> settings) {

  public CheckRule {
    settings = Map.copyOf(settings);
  }

  /** Returns this rule with {@code other}'s points and settings laid over it. */
  CheckRule overlay(CheckRule other) {
    Map<String, Double> merged = new LinkedHashMap<>(settings);
    merged.putAll(other.settings);
    return new CheckRule(other.points.isPresent() ? other.points : points, merged);
  }

  /** Returns the points, if set, as an OptionalInt. */
  public OptionalInt pointsOverride() {
    return points.map(OptionalInt::of).orElse(OptionalInt.empty());
  }
}
