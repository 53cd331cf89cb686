package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.objectstore.MetadataNode;
import dev.gauntlet.specs.objectstore.ObjectStoreEnvironment;
import dev.gauntlet.specs.objectstore.StorageNode;
import java.util.List;

/** The environment of one gateway of a {@link SimStore}. */
record SimEnvironment(List<StorageNode> storageNodes, List<MetadataNode> metadataNodes,
    int dataShards, int parityShards, long minimumPartSize, Clock clock, String gatewayId)
    implements ObjectStoreEnvironment {}
