package dev.gauntlet.harness.systems.log.bugs;

import dev.gauntlet.reference.log.GroupCoordinator;
import dev.gauntlet.reference.log.ReferenceBroker;
import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.List;
import java.util.Map;

/**
 * Planted bug: the coordinator's round-robin gives the first partition to the
 * first two members, so two members own it at once. {@code log.groups.assignment} must catch it.
 */
public final class OverlappingAssignment extends ReferenceLogFactory {

  @Override
  public Broker newBroker(BrokerEnvironment env) {
    return new ReferenceBroker(env) {
      @Override
      protected GroupCoordinator newCoordinator(BrokerEnvironment e) {
        return new GroupCoordinator(e.disk(), e.clock()) {
          @Override
          protected Map<String, List<TopicPartition>> assign(List<String> members,
              List<TopicPartition> partitions) {
            Map<String, List<TopicPartition>> out = super.assign(members, partitions);
            if (members.size() > 1 && !partitions.isEmpty()) {
              out.get(members.get(1)).add(0, partitions.get(0));
            }
            return out;
          }
        };
      }
    };
  }
}
