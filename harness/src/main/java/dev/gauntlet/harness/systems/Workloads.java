package dev.gauntlet.harness.systems;

import dev.gauntlet.harness.check.Workload;
import dev.gauntlet.harness.systems.cache.MixedWorkload;
import dev.gauntlet.harness.systems.leaderboard.LeaderboardWorkload;
import dev.gauntlet.harness.systems.objectstore.EncodeWorkload;
import dev.gauntlet.harness.systems.objectstore.LargeObjectWorkload;
import dev.gauntlet.harness.systems.objectstore.SmallObjectWorkload;
import dev.gauntlet.harness.systems.log.LogWorkload;
import java.util.List;
import java.util.Optional;

/** Every throughput workload, so that a reference worker can run one by id. */
public final class Workloads {

  private static final List<Workload<?>> ALL = List.of(new MixedWorkload(),
      new LeaderboardWorkload.Submissions(), new LeaderboardWorkload.Queries(),
      new LargeObjectWorkload(true), new LargeObjectWorkload(false), new SmallObjectWorkload(),
      new EncodeWorkload(),
      LogWorkload.PRODUCE_ACKS_1, LogWorkload.PRODUCE_ACKS_ALL, LogWorkload.FETCH);

  private Workloads() {}

  /** Returns the workload with this id, if there is one. */
  public static Optional<Workload<?>> byId(String id) {
    return ALL.stream().filter(w -> w.id().equals(id)).findFirst();
  }
}
