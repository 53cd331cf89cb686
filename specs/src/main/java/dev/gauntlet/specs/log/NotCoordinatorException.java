package dev.gauntlet.specs.log;

/** This broker is not the coordinator of the group (NOT_COORDINATOR). */
public class NotCoordinatorException extends RetriableException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, for the person reading it
   */
  public NotCoordinatorException(String message) {
    super(message);
  }
}
