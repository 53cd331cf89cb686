package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.specs.objectstore.NodeUnavailableException;

/**
 * Whether a simulated node is up, and how many requests it has had: the part of the fault
 * injection that storage and metadata nodes share. Every request is announced to the store's
 * hooks before it is refused or served, so a check can fail a node at an exact request.
 */
final class SimNodePower {

  private final String id;
  private final SimStore store;
  private boolean up = true;
  private long requests;

  SimNodePower(String id, SimStore store) {
    this.id = id;
    this.store = store;
  }

  /**
   * Starts a request: tells the store's hooks, counts it, and refuses it while the node is down.
   *
   * @throws NodeUnavailableException if the node is down (the request is still counted)
   */
  NodeRequest begin(String operation, String key) {
    NodeRequest request = new NodeRequest(id, operation, key);
    store.starting(request);
    synchronized (this) {
      requests++;
      if (!up) {
        throw new NodeUnavailableException(id);
      }
    }
    return request;
  }

  /** Ends a request that was served. */
  void finish(NodeRequest request) {
    store.finished(request);
  }

  synchronized boolean isUp() {
    return up;
  }

  synchronized void setUp(boolean up) {
    this.up = up;
  }

  synchronized long requests() {
    return requests;
  }
}
