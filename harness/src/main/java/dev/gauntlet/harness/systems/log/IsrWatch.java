package dev.gauntlet.harness.systems.log;

import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.specs.log.ReplicaState;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges every replica a leader adds to an ISR: once the leader's event is over, the new member
 * must hold every record below the leader's high watermark. (The high watermark only grows on a
 * leader, and a correct leader's HW is at most each ISR member's fetch offset, so the test cannot
 * fail a correct broker; a leader that adds a lagging follower cannot pass it.) The controller
 * would elect such a member, and lose what it lacks.
 */
final class IsrWatch {

  private record Added(long atMillis, TopicPartition tp, int leader, int member) {}

  private final LogCluster cluster;
  private final List<Added> added = new ArrayList<>();
  private int judged;

  IsrWatch(LogCluster cluster) {
    this.cluster = cluster;
    cluster.controller().observe(change -> {
      if (change.cause().equals("alter")) {
        for (int b : change.after().isr()) {
          if (!change.before().isr().contains(b)) {
            added.add(new Added(change.atMillis(), change.after().partition(),
                change.after().leader(), b));
          }
        }
      }
    });
    cluster.afterEachEvent(this::judge);
  }

  /** Returns how many ISR additions were judged. */
  int judged() {
    return judged;
  }

  private void judge() {
    if (added.isEmpty()) {
      return;
    }
    List<Added> now = List.copyOf(added);
    added.clear();
    for (Added a : now) {
      judged++;
      Optional<ReplicaState> leader = cluster.replicaState(a.leader, a.tp);
      Optional<ReplicaState> member = cluster.replicaState(a.member, a.tp);
      if (leader.isEmpty() || member.isEmpty()) {
        continue;
      }
      long hw = leader.get().highWatermark();
      if (member.get().logEndOffset() < hw) {
        throw new GuaranteeViolation("a replica joins the ISR only once it holds every record"
            + " below the high watermark (else the controller may elect it and lose them)",
            "broker-" + a.member + " added to the ISR of " + a.tp + " at " + a.atMillis
                + " ms holds offsets below the leader's high watermark " + hw,
            "its log ends at " + member.get().logEndOffset());
      }
    }
  }
}
