package dev.gauntlet.harness.systems.objectstore;

/**
 * One request a gateway sent to a harness-owned node, as the harness logs and counts it.
 *
 * @param node the node's id
 * @param operation the method, e.g. {@code put} or {@code compareAndSet}
 * @param key the blob id or metadata key it named ("" for none)
 */
public record NodeRequest(String node, String operation, String key) {

  @Override
  public String toString() {
    return node + "." + operation + "(" + key + ")";
  }
}
