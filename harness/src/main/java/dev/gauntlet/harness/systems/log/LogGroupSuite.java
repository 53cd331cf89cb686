package dev.gauntlet.harness.systems.log;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.specs.log.ConsumerRecord;
import dev.gauntlet.specs.log.LogException;
import dev.gauntlet.specs.log.LogFactory;
import dev.gauntlet.specs.log.ProduceResponse;
import dev.gauntlet.specs.log.Record;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage 4: consumer groups. Members join, leave and crash; the coordinator assigns each
 * partition to one member per generation, keeps commits (the next offset to read), refuses
 * commits from older generations, and removes members whose heartbeats stop.
 */
@CheckSuite(system = "log", name = "stage4-groups", order = 4)
public class LogGroupSuite {

  /** Rebalance bound after a join or leave: a few heartbeats and round trips. */
  static final long REBALANCE_MILLIS = 600;

  /**
   * Members join, leave (close) and crash; after each change, within the bound (600 ms for a
   * join or leave; the 300 ms session timeout + 600 ms for a crash), every partition must be
   * owned by exactly one live member.
   */
  @Check(id = "log.groups.assignment", title = "Stage 4: after a rebalance every partition is"
      + " owned by exactly one live member", points = 4, category = Category.CORRECTNESS)
  void assignment(CheckContext ctx) {
    LogFactory factory = ctx.factory(LogFactory.class);
    ctx.property(s -> {
      Group g = new Group(factory, s);
      g.join();
      g.awaitSettled(REBALANCE_MILLIS);
      while (s.another(6, 12)) {
        String op = s.pickWeighted(List.of("join", "leave", "crash"), 3, 1, 1);
        if ((op.equals("join") || g.live.size() < 2) && g.live.size() < Group.PARTITIONS) {
          g.join();
          g.awaitSettled(REBALANCE_MILLIS);
        } else if (op.equals("leave") || op.equals("join")) {
          g.leave(s.pick(List.copyOf(g.live.keySet())));
          g.awaitSettled(REBALANCE_MILLIS);
        } else {
          g.crash(s.pick(List.copyOf(g.live.keySet())));
          g.awaitSettled(g.config.sessionTimeoutMs() + REBALANCE_MILLIS);
        }
      }
    }).examples(10).shrinkAttempts(100).check(ctx.seed());
  }

  /**
   * Members poll and commit while records arrive and members crash and join. A member that is
   * handed a partition must start reading it at the group's committed offset, Kafka's "next
   * offset to read" (0 without a commit); a successful commit stores, for a partition the
   * member has read, the offset after the last record it was handed.
   */
  @Check(id = "log.groups.commits", title = "Stage 4: committed offsets (the next offset to read)"
      + " survive rebalances and member restarts", points = 4, category = Category.CORRECTNESS)
  void commits(CheckContext ctx) {
    LogFactory factory = ctx.factory(LogFactory.class);
    ctx.property(s -> new GroupRun(factory, s).run(true)).examples(10).shrinkAttempts(150)
        .check(ctx.seed());
  }

  /**
   * The same runs, judged for delivery: at the end every acknowledged record must have been
   * handed to some member at least once (at-least-once: a crash before a commit means
   * redelivery, never a skip).
   */
  @Check(id = "log.groups.at-least-once", title = "Stage 4: every acknowledged record is"
      + " delivered to the group at least once, across member crashes", points = 3,
      category = Category.FAULT_TOLERANCE)
  void atLeastOnce(CheckContext ctx) {
    LogFactory factory = ctx.factory(LogFactory.class);
    ctx.property(s -> new GroupRun(factory, s).run(false)).examples(10).shrinkAttempts(150)
        .check(ctx.seed());
  }

  /**
   * Three members settle; one crashes. Its partitions must move to the live members within
   * {@code maxMoveMillis} (the 300 ms session timeout + 400 ms). Before that, while all three
   * heartbeat for three session timeouts, nobody may lose a partition.
   */
  @Check(id = "log.groups.session-timeout", title = "Stage 4: a dead member's partitions move"
      + " within the session timeout; a live one keeps them", points = 3,
      category = Category.FAULT_TOLERANCE)
  void sessionTimeout(CheckContext ctx) {
    LogFactory factory = ctx.factory(LogFactory.class);
    long bound = (long) ctx.setting("maxMoveMillis", 700);
    ctx.property(s -> {
      Group g = new Group(factory, s);
      for (int i = 0; i < 3; i++) {
        g.join();
      }
      g.awaitSettled(REBALANCE_MILLIS);
      String before = g.assignments();
      s.clock("run " + 3 * g.config.sessionTimeoutMs() + " ms");
      g.cluster.runFor(3 * g.config.sessionTimeoutMs());
      GuaranteeViolation.expectEqual("a member that heartbeats keeps its partitions (no"
          + " rebalance without a change)", before, g.assignments());
      g.crash(s.pick(List.copyOf(g.live.keySet())));
      g.awaitSettled(bound);
    }).examples(4).shrinkAttempts(30).check(ctx.seed());
    ctx.metric("faults-injected", 4, "member crashes");
    ctx.partialCredit(1, "held in 4 runs: no member lost a partition while all heartbeated, and"
        + " a crashed member's partitions moved to the live members within " + bound + " ms");
  }

  /** Members, records, polls, commits and crashes, judged for commits or for delivery. */
  private static final class GroupRun {
    private final Group g;
    private final Map<String, Set<TopicPartition>> reading = new HashMap<>();
    private final Map<String, Map<TopicPartition, Long>> lastHanded = new HashMap<>();
    private final Set<String> acked = new HashSet<>();
    private final Set<String> delivered = new HashSet<>();
    private final Map<TopicPartition, Long> confirmed = new HashMap<>();
    private int values;

    GroupRun(LogFactory factory, Scenario s) {
      this.g = new Group(factory, s);
    }

    void run(boolean judgeCommits) {
      var s = g.s;
      String first = g.join();
      if (judgeCommits) {
        exactCommit(first);
      }
      while (s.another(12, 30)) {
        String op = s.pickWeighted(List.of("produce", "poll", "commit", "run", "join", "crash"),
            3, 4, 2, 2, 1, 1);
        if (op.equals("produce")) {
          produce();
        } else if (op.equals("poll") && !g.live.isEmpty()) {
          poll(s.pick(List.copyOf(g.live.keySet())), judgeCommits);
        } else if (op.equals("commit") && !g.live.isEmpty()) {
          commit(s.pick(List.copyOf(g.live.keySet())), judgeCommits);
        } else if ((op.equals("join") || g.live.isEmpty()) && g.live.size() < Group.PARTITIONS) {
          g.join();
        } else if (op.equals("crash")) {
          String id = s.pick(List.copyOf(g.live.keySet()));
          g.crash(id);
          reading.remove(id);
        } else {
          long ms = s.pick(List.of(30L, 100L, 400L));
          s.clock("run " + ms + " ms");
          g.cluster.runFor(ms);
        }
      }
      if (judgeCommits) {
        return;
      }
      s.step("run and poll every member until every acknowledged record is delivered");
      g.cluster.runUntil(() -> {
        for (String id : List.copyOf(g.live.keySet())) {
          for (ConsumerRecord r : g.live.get(id).poll()) {
            delivered.add(r.record().value());
          }
        }
        return delivered.containsAll(acked);
      }, 3_000);
      for (String v : acked) {
        if (!delivered.contains(v)) {
          throw new GuaranteeViolation("every acknowledged record is delivered to the group at"
              + " least once (a crash before a commit means redelivery, never a skip)",
              "\"" + v + "\" delivered", "never handed to any member; delivered " + delivered);
        }
      }
    }

    /**
     * One member alone, settled, handed records, commits: the coordinator must then hold, for
     * each partition it was handed records of, the offset after the last one.
     */
    private void exactCommit(String id) {
      g.awaitSettled(REBALANCE_MILLIS);
      for (int i = 0; i < 3; i++) {
        produce();
      }
      g.s.step("run 100 ms, then poll " + id);
      g.cluster.runFor(100);
      poll(id, true);
      Map<TopicPartition, Long> handed = new HashMap<>(lastHanded.get(id));
      commit(id, true);
      Map<TopicPartition, Long> committed = g.committed();
      for (Map.Entry<TopicPartition, Long> e : handed.entrySet()) {
        GuaranteeViolation.expectEqual("a commit stores the next offset to read: the offset"
            + " after the last record handed over (Kafka's meaning, not the last processed)",
            e.getKey() + "@" + (e.getValue() + 1), e.getKey() + "@"
                + committed.get(e.getKey()));
      }
    }

    /** Reads the committed offsets and checks none went back or vanished since last read. */
    private Map<TopicPartition, Long> committedChecked() {
      Map<TopicPartition, Long> now = g.committed();
      for (Map.Entry<TopicPartition, Long> e : confirmed.entrySet()) {
        Long later = now.get(e.getKey());
        if (later == null || later < e.getValue()) {
          throw new GuaranteeViolation("committed offsets survive rebalances and member"
              + " restarts: a partition's committed offset never goes back or vanishes",
              e.getKey() + "@" + e.getValue() + " or later", later == null ? "no commit"
                  : e.getKey() + "@" + later);
        }
      }
      confirmed.putAll(now);
      return now;
    }

    private void produce() {
      TopicPartition tp = g.s.pick(g.partitions);
      String v = "r" + (++values);
      g.s.step("produce(" + tp + ", [" + v + "])");
      ProduceResponse r = LogWorld.produce(g.cluster, tp, 1, List.of(new Record(null, v)), 500);
      g.s.observe(r == null ? "no answer" : r.error() + " at " + r.baseOffset());
      if (Probe.ok(r)) {
        acked.add(v);
      }
    }

    private void poll(String id, boolean judgeCommits) {
      Set<TopicPartition> now = g.live.get(id).assignment();
      Set<TopicPartition> before = reading.getOrDefault(id, Set.of());
      Map<TopicPartition, Long> committed = judgeCommits && !now.equals(before)
          ? committedChecked() : Map.of();
      Map<TopicPartition, Long> handed = lastHanded.computeIfAbsent(id, k -> new HashMap<>());
      handed.keySet().retainAll(before.stream().filter(now::contains).toList());
      List<ConsumerRecord> got = g.poll(id);
      for (ConsumerRecord r : got) {
        delivered.add(r.record().value());
        if (judgeCommits && !before.contains(r.partition()) && !handed.containsKey(r.partition())
            && committed.containsKey(r.partition())) {
          long from = committed.get(r.partition());
          if (r.offset() != from) {
            throw new GuaranteeViolation("a member handed a partition resumes at the group's"
                + " committed offset (the next offset to read)", r.partition() + "@" + from,
                r.partition() + "@" + r.offset());
          }
        }
        handed.put(r.partition(), r.offset());
      }
      reading.put(id, new HashSet<>(now));
    }

    private void commit(String id, boolean judgeCommits) {
      g.s.step(id + ".commit()");
      LogException[] error = {null};
      boolean[] done = {false};
      g.live.get(id).commit(e -> {
        done[0] = true;
        error[0] = e;
      });
      g.cluster.runUntil(() -> done[0], 500);
      g.s.observe(!done[0] ? "no callback" : error[0] == null ? "committed"
          : error[0].getClass().getSimpleName());
      if (judgeCommits && done[0] && error[0] == null) {
        committedChecked();
      }
    }
  }
}
