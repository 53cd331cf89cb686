package dev.gauntlet.harness.check;

/** The candidate offers no usable implementation of a system's factory; the message says what to do. */
public class CandidateLoadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CandidateLoadException(String message) {
    super(message);
  }

  public CandidateLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
