package dev.gauntlet.specs.log;

import java.util.List;

/**
 * What one broker holds of one partition, for the harness to inspect (as
 * {@code kafka-dump-log} and {@code DescribeLogDirs} show it): its high watermark and its whole
 * log. The harness reads it between events, never during one, and compares it across replicas.
 *
 * @param highWatermark this replica's high watermark: on the leader, the offset below which every
 *     record is on every in-sync replica; on a follower, what the leader last told it, at most
 *     its own log end offset
 * @param log every entry of the replica's log, in offset order from offset 0
 */
public record ReplicaState(long highWatermark, List<LogEntry> log) {

  /** Copies the log. */
  public ReplicaState {
    log = List.copyOf(log);
  }

  /**
   * Returns the log end offset: the offset the next appended record would get.
   *
   * @return the number of entries
   */
  public long logEndOffset() {
    return log.size();
  }
}
