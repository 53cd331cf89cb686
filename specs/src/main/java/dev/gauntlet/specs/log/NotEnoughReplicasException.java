package dev.gauntlet.specs.log;

/** acks=all was asked while the ISR is smaller than min.insync.replicas; nothing was appended (NOT_ENOUGH_REPLICAS). */
public class NotEnoughReplicasException extends RetriableException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, for the person reading it
   */
  public NotEnoughReplicasException(String message) {
    super(message);
  }
}
