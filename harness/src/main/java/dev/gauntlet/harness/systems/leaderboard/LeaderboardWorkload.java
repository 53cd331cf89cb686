package dev.gauntlet.harness.systems.leaderboard;

import dev.gauntlet.harness.check.Measurement;
import dev.gauntlet.harness.check.RunOptions;
import dev.gauntlet.harness.check.Workload;
import dev.gauntlet.harness.systems.leaderboard.backend.Backend;
import dev.gauntlet.harness.systems.leaderboard.backend.BackendOptions;
import dev.gauntlet.harness.systems.leaderboard.backend.World;
import dev.gauntlet.specs.leaderboard.LeaderboardFactory;
import dev.gauntlet.specs.leaderboard.LeaderboardService;
import dev.gauntlet.specs.leaderboard.RankingStyle;
import java.util.SplittableRandom;

/**
 * The leaderboard's throughput workloads, on the run's backend (from {@link RunOptions}, which
 * the parent gives the candidate's and the reference's workers alike): each round a fresh
 * database and store, a service, {@value #PLAYERS} players, then operations until the budget is
 * spent. Setup is not timed. The board starts with {@value #PLAYERS} players on the embedded
 * backend, {@value #REAL_PLAYERS} on a real one, where each preloading submission is a commit.
 */
public abstract class LeaderboardWorkload implements Workload<LeaderboardFactory> {

  static final int PLAYERS = 1000;
  static final int REAL_PLAYERS = 200;
  /** Operations between two looks at the real clock. */
  private static final int BATCH = 16;

  /** Submissions: fresh ids over the board's players, one in twenty a retry. */
  public static final class Submissions extends LeaderboardWorkload {
    /** The id both workers know it by. */
    public static final String ID = "leaderboard.submit";

    @Override
    public String id() {
      return ID;
    }

    @Override
    long operation(LeaderboardService service, SplittableRandom random, long i, int players) {
      String id = random.nextInt(20) == 0 && i > 0 ? "r" + random.nextLong(i) : "r" + i;
      return service.submit(id, "p" + random.nextInt(players), 1 + random.nextInt(50));
    }
  }

  /** Queries over the board's players: standings, top 10 and around-me, both styles. */
  public static final class Queries extends LeaderboardWorkload {
    /** The id both workers know it by. */
    public static final String ID = "leaderboard.query";

    @Override
    public String id() {
      return ID;
    }

    @Override
    long operation(LeaderboardService service, SplittableRandom random, long i, int players) {
      RankingStyle style = random.nextInt(10) < 3 ? RankingStyle.DENSE
          : RankingStyle.COMPETITION;
      String player = "p" + random.nextInt(players);
      int kind = random.nextInt(10);
      if (kind < 5) {
        return service.standing(player, style).map(s -> s.rank()).orElse(0L);
      }
      return kind < 7 ? service.top(10, style).size() : service.around(player, 3, style).size();
    }
  }

  @Override
  public Class<LeaderboardFactory> factoryType() {
    return LeaderboardFactory.class;
  }

  /** One operation on a board of {@code players}; returns a value to keep. */
  abstract long operation(LeaderboardService service, SplittableRandom random, long i,
      int players);

  @Override
  public Measurement round(LeaderboardFactory factory, long seed, long budgetNanos) {
    SplittableRandom random = new SplittableRandom(seed);
    try (Backend backend = BackendOptions.open(RunOptions::get);
        World world = backend.newWorld()) {
      LeaderboardService service = factory.newService(world);
      int players = backend.isReal() ? REAL_PLAYERS : PLAYERS;
      for (int p = 0; p < players; p++) {
        service.submit("pre" + p, "p" + p, random.nextInt(100));
      }
      // Each round starts on a clean heap, so no round pays for the garbage of the one before
      // (the other side's, when both run in one JVM), nor for its own setup.
      System.gc();
      long operations = 0;
      long sink = 0;
      long start = System.nanoTime();
      long elapsed;
      do {
        for (int i = 0; i < BATCH; i++) {
          sink += operation(service, random, operations++, players);
        }
        elapsed = System.nanoTime() - start;
      } while (elapsed < budgetNanos);
      return new Measurement(operations + (sink == Long.MIN_VALUE ? 1 : 0), elapsed);
    }
  }
}
