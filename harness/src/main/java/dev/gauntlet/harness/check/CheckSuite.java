package dev.gauntlet.harness.check;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a class whose {@link Check} methods form one suite of one system. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CheckSuite {

  /** The system's id, e.g. {@code cache}. */
  String system();

  /** The suite's name within its system, e.g. {@code ring}. */
  String name();

  /**
   * Where the suite comes in its system's listing and run: lower first. Suites go from the parts
   * a learner builds first to the whole system, so a report reads in the order of the work.
   */
  int order();
}
