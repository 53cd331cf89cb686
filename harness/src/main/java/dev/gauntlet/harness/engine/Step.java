package dev.gauntlet.harness.engine;

/**
 * One entry of a scenario's log.
 *
 * @param number the step's number, from 1; 0 for {@link Kind#NOTE}, which is not numbered
 * @param kind what the entry records
 * @param code the operation written like code, or the note's text
 * @param observed what the step returned, or {@code null} when nothing was observed
 */
public record Step(int number, Kind kind, String code, String observed) {

  /** What a log entry records. */
  public enum Kind {
    /** Free-form context (e.g. the initial configuration); rendered unnumbered. */
    NOTE,
    /** An operation on the candidate. */
    OPERATION,
    /** A fault injected by the nemesis. */
    FAULT,
    /** An advance of the virtual clock. */
    CLOCK
  }

  /** Returns this step with {@code text} attached as what it returned. */
  Step withObserved(String text) {
    String joined = observed == null ? text : observed + "; " + text;
    return new Step(number, kind, code, joined);
  }
}
