package dev.gauntlet.harness.systems.log.bugs;

import dev.gauntlet.reference.log.PartitionLog;
import dev.gauntlet.reference.log.ReferenceBroker;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;
import dev.gauntlet.specs.log.LogEntry;
import dev.gauntlet.specs.log.TopicPartition;

/**
 * Planted bug: reading an entry walks the log from offset 0, so a fetch costs O(offset) per
 * record. Correct, and slower the deeper the offset: {@code log.perf.fetch} must score it below
 * full marks.
 */
public final class ScansLogOnFetch extends ReferenceLogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment env) {
    return new ReferenceBroker(env) {
      @Override
      protected PartitionLog newLog(TopicPartition tp) {
        return new PartitionLog(tp, env.disk()) {
          @Override
          protected LogEntry entryAt(long offset) {
            for (LogEntry e : entries) {
              if (e.offset() == offset) {
                return e;
              }
            }
            throw new IllegalStateException("no entry at " + offset);
          }
        };
      }
    };
  }
}
