package dev.gauntlet.harness.systems.objectstore;

import java.util.function.Consumer;

/**
 * Runs one gateway request and, at an exact request it sends to a node, does something else:
 * runs another gateway's request to completion, takes a node down, or crashes the gateway.
 * Deterministic: the same index always hits the same point, so a check can try every point of a
 * request in turn and a failure replays.
 */
final class Interleaving {

  /** Whether the action runs before the chosen node request takes effect or after. */
  enum When { BEFORE, AFTER }

  private Interleaving() {}

  /**
   * Runs {@code operation}; when it sends its node request number {@code index} (from 0), runs
   * {@code action} once with that request, with no hook installed. Returns whether the action
   * ran: false means the operation sent fewer requests, so every point has been tried.
   */
  static boolean at(SimStore store, int index, When when, Consumer<NodeRequest> action,
      Runnable operation) {
    boolean[] fired = new boolean[1];
    int[] seen = new int[1];
    store.hook(new RequestHook() {
      @Override
      public void before(NodeRequest request) {
        if (when == When.BEFORE) {
          maybe(request);
        }
      }

      @Override
      public void after(NodeRequest request) {
        if (when == When.AFTER) {
          maybe(request);
        }
      }

      private void maybe(NodeRequest request) {
        if (seen[0]++ == index) {
          store.hook(null);
          fired[0] = true;
          action.accept(request);
        }
      }
    });
    try {
      operation.run();
    } finally {
      store.hook(null);
    }
    return fired[0];
  }
}
