package dev.gauntlet.harness.systems;

import dev.gauntlet.specs.cache.CacheFactory;
import dev.gauntlet.specs.leaderboard.LeaderboardFactory;
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
          LeaderboardFactory.class, "dev.gauntlet.harness.systems.leaderboard"));

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
