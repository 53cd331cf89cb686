package dev.gauntlet.specs.log;

/** Told once how a {@link Producer#send} ended. */
@FunctionalInterface
public interface SendCallback {

  /**
   * Called exactly once per send, with either the record's place or the error.
   *
   * @param metadata where the record was written, or null on error
   * @param error why it was not acknowledged, or null on success
   */
  void onCompletion(RecordMetadata metadata, LogException error);
}
