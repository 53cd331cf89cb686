package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.specs.objectstore.ObjectStoreEnvironment;
import dev.gauntlet.specs.objectstore.StorageNode;
import java.util.List;

/**
 * Planted bug: placement that ignores zones. The gateway takes k + m nodes in id order, so with
 * 4 nodes per zone one zone gets 4 shards of a stripe, one more than m: losing that zone loses
 * the object. {@code objectstore.durability.zone-loss} must catch it.
 */
public final class ZoneBlindFactory extends PlantedObjectStoreFactory {

  @Override
  ObjectStoreEnvironment environment(ObjectStoreEnvironment given) {
    List<StorageNode> blind = given.storageNodes().stream()
        .map(n -> (StorageNode) new RenamedNode(n, n.id(), "one-zone")).toList();
    return ChangedEnvironment.of(given).withStorageNodes(blind);
  }
}
