package dev.gauntlet.specs.log;

/** An AlterPartition tried to add a fenced broker to the ISR (INELIGIBLE_REPLICA). */
public class IneligibleReplicaException extends LogException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, for the person reading it
   */
  public IneligibleReplicaException(String message) {
    super(message);
  }
}
