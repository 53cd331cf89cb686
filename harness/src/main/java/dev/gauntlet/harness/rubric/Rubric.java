package dev.gauntlet.harness.rubric;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.run.CheckDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Points, category, visibility and settings per check, from rules keyed by check id, glob,
 * suite, category or system. Checks no rule names keep the points and category they declare,
 * are visible, and use the defaults of their settings.
 *
 * <p>A rubric laid over another wins wherever it says something; within one rubric the more
 * specific rule wins ({@link Selector}), and between equally specific ones the later.
 *
 * @param source where the rubric came from, for the report ("default", or a file)
 * @param entries its rules, in the order they were written, layer by layer
 */
public record Rubric(String source, List<RubricEntry> entries) {

  private static final Comparator<RubricEntry> PRECEDENCE = Comparator
      .comparingInt(RubricEntry::layer)
      .thenComparing(e -> e.selector().kind());

  public Rubric {
    entries = List.copyOf(entries);
  }

  /** Returns everything the rubric says about {@code check}, rules overlaid in precedence. */
  public CheckRule rule(CheckDescriptor check) {
    List<RubricEntry> matching = new ArrayList<>();
    for (RubricEntry entry : entries) {
      if (entry.selector().matches(check)) {
        matching.add(entry);
      }
    }
    matching.sort(PRECEDENCE); // stable: equally specific rules keep their written order
    CheckRule rule = CheckRule.EMPTY;
    for (RubricEntry entry : matching) {
      rule = rule.overlay(entry.rule());
    }
    return rule;
  }

  /** Returns the points {@code check} is worth under this rubric. */
  public int points(CheckDescriptor check) {
    return rule(check).points().orElse(check.points());
  }

  /** Returns the category {@code check}'s points count towards under this rubric. */
  public Category category(CheckDescriptor check) {
    return rule(check).category().orElse(check.category());
  }

  /** Returns who sees {@code check}'s result. */
  public Visibility visibility(CheckDescriptor check) {
    return rule(check).visibility().orElse(Visibility.VISIBLE);
  }

  /** Returns the settings of {@code check} (empty when the rubric sets none). */
  public Map<String, Double> settings(CheckDescriptor check) {
    return rule(check).settings();
  }

  /** Returns this rubric with {@code other} laid over it: its rules win wherever they speak. */
  public Rubric overlay(Rubric other) {
    int top = entries.stream().mapToInt(RubricEntry::layer).max().orElse(-1) + 1;
    List<RubricEntry> merged = new ArrayList<>(entries);
    other.entries.forEach(e -> merged.add(new RubricEntry(e.selector(), e.rule(),
        top + e.layer(), e.line())));
    return new Rubric(other.source, merged);
  }
}
