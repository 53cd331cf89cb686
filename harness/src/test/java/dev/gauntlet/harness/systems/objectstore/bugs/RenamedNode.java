package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.specs.objectstore.StorageNode;
import java.util.List;
import java.util.Optional;

/** A storage node seen under another id or zone, for planted placement bugs. */
final class RenamedNode implements StorageNode {

  private final StorageNode node;
  private final String id;
  private final String zone;

  RenamedNode(StorageNode node, String id, String zone) {
    this.node = node;
    this.id = id;
    this.zone = zone;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String zone() {
    return zone;
  }

  @Override
  public void put(String blobId, byte[] data) {
    node.put(blobId, data);
  }

  @Override
  public Optional<byte[]> get(String blobId) {
    return node.get(blobId);
  }

  @Override
  public boolean delete(String blobId) {
    return node.delete(blobId);
  }

  @Override
  public List<String> list(String prefix) {
    return node.list(prefix);
  }
}
