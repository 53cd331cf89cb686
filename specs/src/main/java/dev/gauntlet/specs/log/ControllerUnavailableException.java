package dev.gauntlet.specs.log;

/** This broker cannot reach the controller (the harness cut it off); the call had no effect. */
public class ControllerUnavailableException extends RetriableException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, for the person reading it
   */
  public ControllerUnavailableException(String message) {
    super(message);
  }
}
