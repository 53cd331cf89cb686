package dev.gauntlet.specs.log;

/** Told once how a {@link Consumer#commit} ended. */
@FunctionalInterface
public interface CommitCallback {

  /**
   * Called exactly once per commit.
   *
   * @param error null when the coordinator stored the offsets; else why not, e.g.
   *     {@link CommitFailedException} when the member is no longer in the current generation
   */
  void onComplete(LogException error);
}
