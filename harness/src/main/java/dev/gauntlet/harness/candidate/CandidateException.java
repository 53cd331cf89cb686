package dev.gauntlet.harness.candidate;

/** The {@code --impl} argument names nothing that can be graded; the message says why in one line. */
public class CandidateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CandidateException(String message) {
    super(message);
  }
}
