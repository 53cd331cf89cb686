package dev.gauntlet.harness.check;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Declares a method as one graded check: a JUnit Jupiter test with an id, points and a category.
 *
 * <p>The method may take a {@link CheckContext} parameter. It passes by returning, fails by
 * throwing (a {@code GuaranteeViolation} or {@code ScenarioFailure} explains what broke), and
 * earns partial credit through {@link CheckContext#partialCredit}. Ids are unique across all
 * systems and never parsed from display names.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Test
@Tag("gauntlet-check")
@ExtendWith(CheckExtension.class)
public @interface Check {

  /** The check's id, {@code <system>.<area>.<name>}, e.g. {@code cache.ring.monotonicity}. */
  String id();

  /** One line saying which guarantee the check holds the candidate to. */
  String title();

  /** The points the check is worth by default; a rubric may change them. */
  int points();

  /** The category the points count towards. */
  Category category();
}
