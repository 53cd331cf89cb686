package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.RepairSummary;

/**
 * Planted bug: a repair that does nothing (reads still decode around the empty node, so nothing
 * looks wrong until more nodes fail). {@code objectstore.durability.repair} must catch it.
 */
public final class RepairDoesNothingFactory extends PlantedObjectStoreFactory {

  @Override
  ObjectStore gateway(ObjectStore reference) {
    return new ForwardingGateway(reference) {
      @Override
      public RepairSummary repair() {
        return new RepairSummary(0, 0);
      }
    };
  }
}
