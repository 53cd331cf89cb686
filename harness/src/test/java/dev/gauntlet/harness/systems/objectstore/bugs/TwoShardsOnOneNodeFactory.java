package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.specs.objectstore.ObjectStoreEnvironment;
import dev.gauntlet.specs.objectstore.StorageNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Planted bug: two shards of each stripe on one node. Placement wraps around one node too early,
 * so the first node gets two shards and the last none: losing the first node and two others
 * loses four shards. {@code objectstore.durability.any-m-nodes} must catch it.
 */
public final class TwoShardsOnOneNodeFactory extends PlantedObjectStoreFactory {

  @Override
  ObjectStoreEnvironment environment(ObjectStoreEnvironment given) {
    List<StorageNode> nodes = new ArrayList<>(given.storageNodes());
    StorageNode last = nodes.get(nodes.size() - 1);
    nodes.set(nodes.size() - 1, new RenamedNode(nodes.get(0), last.id(), last.zone()));
    return ChangedEnvironment.of(given).withStorageNodes(nodes);
  }
}
