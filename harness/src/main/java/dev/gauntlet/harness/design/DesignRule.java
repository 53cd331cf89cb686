package dev.gauntlet.harness.design;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One rule about what a submission's code may do, with the reason a learner is given for it.
 *
 * @param name what the rule requires, e.g. "time is read only from the Clock the harness gives"
 * @param reason why the rule exists, one sentence a learner understands
 * @param rule builds the ArchUnit rule for a candidate's classes (a rule may need to know which
 *     classes are the candidate's own)
 */
public record DesignRule(String name, String reason, Function<JavaClasses, ArchRule> rule) {

  /** Violations listed in a report; the rest are counted. */
  public static final int SHOWN = 10;

  /**
   * Returns each violation in {@code classes}, sorted, one line each in ArchUnit's words, e.g.
   * {@code Method <X.y()> calls method <System.currentTimeMillis()> in (X.java:12)}.
   */
  public List<String> violations(JavaClasses classes) {
    return ArchUnitSettings.pinned(() -> {
      EvaluationResult result = rule.apply(classes).allowEmptyShould(true).evaluate(classes);
      return result.getFailureReport().getDetails().stream().sorted().distinct()
          .collect(Collectors.toList());
    });
  }

  /**
   * Explains {@code violations} for a report: a first line naming the first violation and the
   * reason, then up to {@value #SHOWN} numbered violations and a count of the rest.
   */
  public String explain(List<String> violations) {
    StringBuilder text = new StringBuilder();
    text.append(violations.get(0));
    if (violations.size() > 1) {
      text.append(" (and ").append(violations.size() - 1).append(" more)");
    }
    text.append(". Why: ").append(reason);
    for (int i = 0; i < Math.min(SHOWN, violations.size()); i++) {
      text.append('\n').append("  ").append(i + 1).append(". ").append(violations.get(i));
    }
    if (violations.size() > SHOWN) {
      text.append('\n').append("  ... and ").append(violations.size() - SHOWN).append(" more");
    }
    return text.toString();
  }
}
