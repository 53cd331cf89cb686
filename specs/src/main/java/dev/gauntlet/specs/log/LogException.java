package dev.gauntlet.specs.log;

/**
 * The base of every error of the log, as {@code KafkaException} is in Kafka. Each subclass is
 * named after the Kafka error it stands for; {@link Errors#exception(String)} maps an error code
 * of a response to its exception.
 */
public class LogException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened, for the person reading it
   */
  public LogException(String message) {
    super(message);
  }
}
