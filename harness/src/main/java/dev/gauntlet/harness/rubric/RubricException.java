package dev.gauntlet.harness.rubric;

/** A rubric file cannot be used; the message names the file and the problem in one line. */
public class RubricException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RubricException(String message) {
    super(message);
  }
}
