package dev.gauntlet.reference.log;

import dev.gauntlet.specs.log.PartitionState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a broker knows of one partition it holds a replica of, as leader or follower. */
final class PartitionReplica {

  enum Role { NONE, LEADER, FOLLOWER }

  /** A produce request with acks=all waiting for the high watermark to pass its records. */
  record Pending(String from, long correlationId, long baseOffset, long requiredEnd,
      long deadline) {}

  final PartitionLog log;
  PartitionState state;
  Role role = Role.NONE;
  int leaderEpoch = -1;

  // As leader.
  long epochStartOffset;
  final Map<Integer, Long> followerEnd = new HashMap<>();
  final Map<Integer, Long> lastCaughtUp = new HashMap<>();
  final Map<Integer, Long> lastFetchLeaderEnd = new HashMap<>();
  final Map<Integer, Long> lastFetchTime = new HashMap<>();
  final List<Pending> pending = new ArrayList<>();

  // As follower.
  boolean truncating;
  int askedEpoch;
  long inFlight = -1;
  long sentAt;

  PartitionReplica(PartitionLog log) {
    this.log = log;
  }
}
