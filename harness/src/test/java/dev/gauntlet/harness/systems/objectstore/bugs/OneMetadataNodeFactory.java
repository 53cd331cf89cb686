package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.specs.objectstore.ObjectStoreEnvironment;
import java.util.List;

/**
 * Planted bug: metadata not sharded. Every entry goes to the first metadata node.
 * {@code objectstore.metadata.balance} must catch it.
 */
public final class OneMetadataNodeFactory extends PlantedObjectStoreFactory {

  @Override
  ObjectStoreEnvironment environment(ObjectStoreEnvironment given) {
    return ChangedEnvironment.of(given).withMetadataNodes(List.of(given.metadataNodes().get(0)));
  }
}
