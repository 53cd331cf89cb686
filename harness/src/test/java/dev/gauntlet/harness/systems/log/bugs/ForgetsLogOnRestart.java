package dev.gauntlet.harness.systems.log.bugs;

import dev.gauntlet.reference.log.ReferenceBroker;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;
import dev.gauntlet.reference.log.PartitionLog;
import dev.gauntlet.specs.log.TopicPartition;

/**
 * Planted bug: a restarted broker does not read its log back from disk, so it starts
 * again at offset 0 and reuses offsets (while still appending to the old file).
 * {@code log.broker.restart} must catch it.
 */
public final class ForgetsLogOnRestart extends ReferenceLogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment env) {
    return new ReferenceBroker(env) {
      @Override
      protected PartitionLog newLog(TopicPartition tp) {
        return new PartitionLog(tp, env.disk()) {
          @Override
          protected void load() {}
        };
      }
    };
  }
}
