package dev.gauntlet.harness.systems.log.bugs;

import dev.gauntlet.reference.log.PartitionLog;
import dev.gauntlet.reference.log.ReferenceBroker;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.reference.log.SequenceCheck;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;

/**
 * Planted bug: the leader appends every idempotent batch, retries included, so a retried batch
 * is in the log twice. {@code log.failover.idempotence} must catch it.
 */
public final class NoDuplicateDetection extends ReferenceLogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment env) {
    return new ReferenceBroker(env) {
      @Override
      protected SequenceCheck checkSequence(PartitionLog log, long producerId, int baseSequence,
          int count) {
        return SequenceCheck.APPEND;
      }
    };
  }
}
