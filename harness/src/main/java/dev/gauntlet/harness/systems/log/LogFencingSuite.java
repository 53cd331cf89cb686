package dev.gauntlet.harness.systems.log;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.specs.log.Errors;
import dev.gauntlet.specs.log.HeartbeatRequest;
import dev.gauntlet.specs.log.HeartbeatResponse;
import dev.gauntlet.specs.log.JoinGroupRequest;
import dev.gauntlet.specs.log.JoinGroupResponse;
import dev.gauntlet.specs.log.LogFactory;
import dev.gauntlet.specs.log.OffsetCommitRequest;
import dev.gauntlet.specs.log.OffsetCommitResponse;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.List;
import java.util.Map;

/** Stage 4, fencing zombies: commits from members that are no longer in the generation. */
@CheckSuite(system = "log", name = "stage4-groups", order = 4)
public class LogFencingSuite {

  /**
   * Through the protocol, against the coordinator alone: member A joins, member B joins (a new
   * generation). A's commit with its old generation must be refused with ILLEGAL_GENERATION and
   * store nothing; an unknown member's with UNKNOWN_MEMBER_ID; A's with the current generation is
   * stored. Then A stops heartbeating while B goes on: after the session timeout A is removed, so
   * its heartbeat and its commit are UNKNOWN_MEMBER_ID, and the stored offsets are B's.
   */
  @Check(id = "log.groups.fencing", title = "Stage 4: commits from an older generation or a"
      + " removed member are refused (zombies cannot overwrite progress)", points = 4,
      category = Category.CORRECTNESS)
  void fencing(CheckContext ctx) {
    LogFactory factory = ctx.factory(LogFactory.class);
    ctx.property(s -> {
      Group g = new Group(factory, s);
      TopicPartition tp = g.partitions.get(s.intBetween(0, Group.PARTITIONS - 1));
      JoinGroupResponse a = join(s, g, "");
      JoinGroupResponse b = join(s, g, "");
      if (b.generationId() <= a.generationId()) {
        throw new GuaranteeViolation("a join starts a new generation", "a generation after "
            + a.generationId(), b.generationId());
      }
      expect(s, g, "a commit from an older generation is refused with ILLEGAL_GENERATION",
          a.memberId(), a.generationId(), tp, 5, Errors.ILLEGAL_GENERATION);
      expect(s, g, "a commit from a member the coordinator does not know is refused with"
          + " UNKNOWN_MEMBER_ID", "ghost", b.generationId(), tp, 6, Errors.UNKNOWN_MEMBER_ID);
      GuaranteeViolation.expectEqual("a refused commit stores nothing", Map.of(),
          g.committed());
      expect(s, g, "a member of the current generation may commit", b.memberId(),
          b.generationId(), tp, 7, Errors.NONE);
      long wait = g.config.sessionTimeoutMs() * 2;
      s.step("for " + wait + " ms, heartbeat as " + b.memberId() + " only");
      for (long t = 0; t < wait; t += 30) {
        g.cluster.probe().send(g.cluster.metadata().coordinatorFor(Group.ID), id ->
            new HeartbeatRequest(id, Group.ID, b.memberId(), b.generationId()));
        g.cluster.runFor(30);
      }
      HeartbeatResponse hb = g.cluster.probe().call(g.cluster.metadata().coordinatorFor(
          Group.ID), id -> new HeartbeatRequest(id, Group.ID, a.memberId(), b.generationId()),
          HeartbeatResponse.class, Probe.TIMEOUT_MILLIS);
      s.step("heartbeat as " + a.memberId());
      s.observe(hb == null ? "no answer" : hb.error().toString());
      GuaranteeViolation.expectEqual("a member without heartbeats for the session timeout is"
          + " removed (UNKNOWN_MEMBER_ID)", Errors.UNKNOWN_MEMBER_ID,
          hb == null ? "no answer" : hb.error());
      expect(s, g, "a removed member's commit is refused (UNKNOWN_MEMBER_ID or"
          + " ILLEGAL_GENERATION)", a.memberId(), b.generationId(), tp, 9, null);
      GuaranteeViolation.expectEqual("a refused commit stores nothing", Map.of(tp, 7L),
          g.committed());
    }).examples(3).shrinkAttempts(20).check(ctx.seed());
  }

  private static JoinGroupResponse join(Scenario s, Group g, String memberId) {
    s.step("JoinGroup(" + Group.ID + ", memberId=\"" + memberId + "\")");
    JoinGroupResponse r = g.cluster.probe().call(g.cluster.metadata().coordinatorFor(Group.ID),
        id -> new JoinGroupRequest(id, Group.ID, memberId, g.config.sessionTimeoutMs(),
            List.of(LogWorld.TOPIC)), JoinGroupResponse.class, Probe.TIMEOUT_MILLIS);
    s.observe(r == null ? "no answer" : r.error() + " member " + r.memberId() + " generation "
        + r.generationId());
    if (r == null || r.error() != Errors.NONE) {
      throw new GuaranteeViolation("the coordinator lets a new member join", Errors.NONE,
          r == null ? "no answer" : r.error());
    }
    return r;
  }

  private static void expect(Scenario s, Group g, String guarantee, String member,
      int generation, TopicPartition tp, long offset, Errors expected) {
    s.step("OffsetCommit(member " + member + ", generation " + generation + ", " + tp + "="
        + offset + ")");
    OffsetCommitResponse r = g.cluster.probe().call(g.cluster.metadata().coordinatorFor(
        Group.ID), id -> new OffsetCommitRequest(id, Group.ID, member, generation,
            Map.of(tp, offset)), OffsetCommitResponse.class, Probe.TIMEOUT_MILLIS);
    Object observed = r == null ? "no answer" : r.error();
    s.observe(observed.toString());
    boolean ok = expected != null ? expected == observed : observed == Errors.UNKNOWN_MEMBER_ID
        || observed == Errors.ILLEGAL_GENERATION;
    if (!ok) {
      throw new GuaranteeViolation(guarantee, expected == null
          ? "UNKNOWN_MEMBER_ID or ILLEGAL_GENERATION" : expected, observed);
    }
  }
}
