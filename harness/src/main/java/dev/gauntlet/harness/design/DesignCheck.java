package dev.gauntlet.harness.design;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.engine.GuaranteeViolation;
import java.util.List;

/**
 * What every system's design check does: make sure there is code to judge, then hold the
 * candidate's own classes to one {@link DesignRule}.
 *
 * <p>Design rules are about what code does not do, so an empty submission would pass them all.
 * Each system's design suite therefore names a cheap probe that its student template still
 * answers with {@link UnsupportedOperationException}; until the probe works, the check is
 * reported as not implemented and earns no points.
 */
public final class DesignCheck {

  private DesignCheck() {}

  /**
   * Runs {@code probe}, reporting the candidate as not implemented if it throws
   * {@link UnsupportedOperationException}. Any other exception is ignored: a part that fails the
   * probe fails that part's own checks, and its design is judged all the same.
   *
   * @param works what must work first, as in "design rules are judged once {@code works}"
   * @param probe a cheap call into the candidate's factory
   * @throws UnsupportedOperationException if the probe does, naming {@code works} and its message
   */
  public static void requireImplemented(String works, Runnable probe) {
    try {
      probe.run();
    } catch (UnsupportedOperationException e) {
      throw new UnsupportedOperationException("design rules are judged once " + works
          + " (" + e.getMessage() + ")", e);
    } catch (RuntimeException e) {
      // Left to the part's own checks, as the javadoc says.
    }
  }

  /**
   * Holds the classes of {@code factory}'s code source (see {@link CandidateClasses}) to
   * {@code rule}, recording how many classes were read and how many violations were found.
   *
   * @throws GuaranteeViolation naming the rule, with its violations and reason, if any is found
   */
  public static void holds(CheckContext ctx, Object factory, DesignRule rule) {
    JavaClasses classes = CandidateClasses.of(factory);
    ctx.metric("classes", classes.size(), "classes");
    List<String> violations = rule.violations(classes);
    ctx.metric("violations", violations.size(), "violations");
    if (!violations.isEmpty()) {
      throw new GuaranteeViolation(rule.name(), rule.explain(violations));
    }
  }
}
