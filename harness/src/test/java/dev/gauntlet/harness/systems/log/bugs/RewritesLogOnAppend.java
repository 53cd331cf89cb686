package dev.gauntlet.harness.systems.log.bugs;

import dev.gauntlet.reference.log.PartitionLog;
import dev.gauntlet.reference.log.ReferenceBroker;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;
import dev.gauntlet.specs.log.LogEntry;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.ArrayList;
import java.util.List;

/**
 * Planted bug: every append rewrites the whole log file (O(n) per record) instead of appending
 * one entry. Correct, and slower the longer the log: {@code log.perf.produce-acks1} must score it
 * below full marks.
 */
public final class RewritesLogOnAppend extends ReferenceLogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment env) {
    return new ReferenceBroker(env) {
      @Override
      protected PartitionLog newLog(TopicPartition tp) {
        return new PartitionLog(tp, env.disk()) {
          @Override
          protected void persist(LogEntry entry) {
            List<String> all = new ArrayList<>();
            for (LogEntry e : entries) {
              all.add(e.offset() + "|" + e.leaderEpoch() + "|" + e.record().value());
            }
            all.add(entry.offset() + "|" + entry.leaderEpoch() + "|" + entry.record().value());
            disk.replace(file + ".copy", all);
            disk.append(file, all.get(all.size() - 1));
          }
        };
      }
    };
  }
}
