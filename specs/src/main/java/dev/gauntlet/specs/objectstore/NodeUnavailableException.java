package dev.gauntlet.specs.objectstore;

/**
 * Thrown by a {@link StorageNode} or {@link MetadataNode} that is down. The request had no effect
 * on the node.
 */
public class NodeUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for one node.
   *
   * @param nodeId the id of the node that is down
   */
  public NodeUnavailableException(String nodeId) {
    super("node " + nodeId + " is unavailable");
  }
}
