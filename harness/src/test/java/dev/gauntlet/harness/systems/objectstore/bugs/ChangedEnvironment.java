package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.objectstore.MetadataNode;
import dev.gauntlet.specs.objectstore.ObjectStoreEnvironment;
import dev.gauntlet.specs.objectstore.StorageNode;
import java.util.List;

/** An environment like the harness's with one thing changed, for planted bugs. */
record ChangedEnvironment(List<StorageNode> storageNodes, List<MetadataNode> metadataNodes,
    int dataShards, int parityShards, long minimumPartSize, Clock clock, String gatewayId)
    implements ObjectStoreEnvironment {

  static ChangedEnvironment of(ObjectStoreEnvironment e) {
    return new ChangedEnvironment(e.storageNodes(), e.metadataNodes(), e.dataShards(),
        e.parityShards(), e.minimumPartSize(), e.clock(), e.gatewayId());
  }

  ChangedEnvironment withStorageNodes(List<StorageNode> nodes) {
    return new ChangedEnvironment(nodes, metadataNodes, dataShards, parityShards,
        minimumPartSize, clock, gatewayId);
  }

  ChangedEnvironment withMetadataNodes(List<MetadataNode> nodes) {
    return new ChangedEnvironment(storageNodes, nodes, dataShards, parityShards,
        minimumPartSize, clock, gatewayId);
  }

  ChangedEnvironment withShards(int k, int m) {
    return new ChangedEnvironment(storageNodes, metadataNodes, k, m, minimumPartSize, clock,
        gatewayId);
  }
}
