package dev.gauntlet.reference.log;

import dev.gauntlet.specs.log.Errors;

/**
 * What the leader does with an idempotent producer's batch: append it, answer a retry with the
 * offset it was first appended at, or refuse it.
 *
 * @param error {@link Errors#NONE} to append or answer, else the refusal
 * @param duplicateOffset the first offset of the batch appended before, or -1 to append now
 */
public record SequenceCheck(Errors error, long duplicateOffset) {

  /** Append the batch. */
  public static final SequenceCheck APPEND = new SequenceCheck(Errors.NONE, -1);

  /** Returns whether the batch is to be appended. */
  public boolean append() {
    return error == Errors.NONE && duplicateOffset < 0;
  }
}
