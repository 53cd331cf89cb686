package dev.gauntlet.harness.formats;

import java.util.Locale;

/** Who the views of a run are for. */
public enum Profile {
  /** Students and instructors: every view shows every check. */
  DEFAULT,
  /**
   * A take-home interview: the views for the interviewer show everything; those for the
   * candidate ({@code candidate.*}) show the score per category only, so the checks cannot be
   * learned by trial and error.
   */
  INTERVIEW;

  /** Returns the name {@code --profile} takes. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
