package dev.gauntlet.harness.systems;

import dev.gauntlet.specs.cache.CacheFactory;
import dev.gauntlet.specs.leaderboard.LeaderboardFactory;
import dev.gauntlet.specs.log.LogFactory;
import dev.gauntlet.specs.objectstore.ObjectStoreFactory;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The systems this harness grades, in the order they are graded and listed. */
public final class Systems {

  private static final List<GradedSystem> ALL = List.of(
      new GradedSystem("cache", "Distributed cache: LRU+TTL node store, consistent-hashing ring,"
          + " replication, hot keys", CacheFactory.class, "dev.gauntlet.harness.systems.cache"),
      new GradedSystem("leaderboard", "Real-time gaming leaderboard: ranked index (sorted set),"
          + " durable points in SQL, ranks in Redis, rebuild after index loss",
          LeaderboardFactory.class, "dev.gauntlet.harness.systems.leaderboard"),
      new GradedSystem("objectstore", "S3-like object store: multi-AZ erasure coding, sharded"
          + " metadata, strong read-after-write", ObjectStoreFactory.class,
          "dev.gauntlet.harness.systems.objectstore"),
      new GradedSystem("log", "Partitioned, replicated log: brokers, ISR and high watermark,"
          + " leader failover, consumer groups", LogFactory.class,
          "dev.gauntlet.harness.systems.log"));

  private Systems() {}

  /** Returns every system, in grading order. */
  public static List<GradedSystem> all() {
    return ALL;
  }

  /** Returns the system with this id, if there is one. */
  public static Optional<GradedSystem> byId(String id) {
    return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** Returns the system whose factory interface is {@code factoryType}, if there is one. */
  public static Optional<GradedSystem> byFactory(Class<?> factoryType) {
    return ALL.stream().filter(s -> s.factoryType().equals(factoryType)).findFirst();
  }

  /** Returns the ids, comma-separated, for error messages. */
  public static String ids() {
    return ALL.stream().map(GradedSystem::id).collect(Collectors.joining(", "));
  }
}
