package dev.gauntlet.harness.candidate;

import java.util.Locale;

/** What the {@code --impl} argument named. */
public enum CandidateKind {
  /** The reference solutions, graded as a candidate (a check of the checks). */
  REFERENCE,
  /** A jar file. */
  JAR,
  /** A directory of compiled classes. */
  CLASSES,
  /** A Maven project, built before grading. */
  MAVEN_PROJECT;

  /** Returns the lower-case name used in reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
