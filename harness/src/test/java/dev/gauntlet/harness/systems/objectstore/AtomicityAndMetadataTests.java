package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.systems.objectstore.bugs.OneMetadataNodeFactory;
import dev.gauntlet.harness.systems.objectstore.bugs.OutageAsMissingKeyFactory;
import dev.gauntlet.harness.systems.objectstore.bugs.PlaceholderFirstFactory;
import org.junit.jupiter.api.Test;

class AtomicityAndMetadataTests {

  @Test
  void interruptedPutCatchesMetadataPublishedBeforeTheBytes() {
    Planted.assertCaught(PlaceholderFirstFactory.class, "objectstore.atomicity.interrupted-put",
        InterruptedWrite.GUARANTEE);
  }

  @Test
  void balanceCatchesMetadataOnOneNode() {
    Planted.assertCaught(OneMetadataNodeFactory.class, "objectstore.metadata.balance",
        "keys spread over the metadata nodes");
  }

  @Test
  void nodeLossCatchesAnOutageReportedAsAMissingKey() {
    Planted.assertCaught(OutageAsMissingKeyFactory.class, "objectstore.metadata.node-loss",
        MetadataSuite.NODE_LOSS);
  }
}
