package dev.gauntlet.harness.rubric;

import dev.gauntlet.harness.run.CheckDescriptor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Points and settings per check id. Checks the rubric does not name keep the points they declare
 * and the defaults of their settings.
 *
 * @param source where the rubric came from, for the report ("default", or a file)
 * @param rules what the rubric says, by check id
 */
public record Rubric(String source, Map<String, CheckRule> rules) {

  public Rubric {
    rules = Map.copyOf(rules);
  }

  /** Returns the points {@code check} is worth under this rubric. */
  public int points(CheckDescriptor check) {
    CheckRule rule = rules.get(check.id());
    return rule == null ? check.points() : rule.pointsOverride().orElse(check.points());
  }

  /** Returns the settings of the check with this id (empty when the rubric sets none). */
  public Map<String, Double> settings(String checkId) {
    return Optional.ofNullable(rules.get(checkId)).map(CheckRule::settings).orElse(Map.of());
  }

  /** Returns this rubric with {@code other} laid over it, check by check and setting by setting. */
  public Rubric overlay(Rubric other) {
    Map<String, CheckRule> merged = new LinkedHashMap<>(rules);
    other.rules.forEach((id, rule) -> merged.merge(id, rule, CheckRule::overlay));
    return new Rubric(other.source, merged);
  }
}
