package dev.gauntlet.specs.log;

import java.util.List;
import java.util.Objects;

/**
 * What the controller records for one partition, as KRaft's {@code PartitionRecord} does.
 *
 * @param partition the partition
 * @param replicas the brokers that hold a replica, all distinct; the first is the preferred leader
 * @param leader the leader's broker id, or {@link #NO_LEADER} while no in-sync replica is alive
 * @param leaderEpoch raised by one at every change of leader (and when the partition loses its
 *     leader); records appended by a leader carry its epoch
 * @param isr the in-sync replicas: always contains the leader when there is one
 * @param partitionEpoch raised by one at every change of this state; AlterPartition compares it
 */
public record PartitionState(TopicPartition partition, List<Integer> replicas, int leader,
    int leaderEpoch, List<Integer> isr, int partitionEpoch) {

  /** The leader of a partition none of whose in-sync replicas is alive (no unclean election). */
  public static final int NO_LEADER = -1;

  /** Checks the arguments and copies the lists. */
  public PartitionState {
    Objects.requireNonNull(partition, "partition");
    replicas = List.copyOf(replicas);
    isr = List.copyOf(isr);
  }
}
