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
 * spent. Setup is not timed.
 */
public abstract class LeaderboardWorkload implements Workload<LeaderboardFactory> {

  static final int PLAYERS = 300;
  /** Operations between two looks at the real clock. */
  private static final int BATCH = 16;

  /** Submissions: fresh ids over {@value #PLAYERS} players, one in twenty a retry. */
  public static final class Submissions extends LeaderboardWorkload {
    /** The id both workers know it by. */
    public static final String ID = "leaderboard.submit";

    @Override
    public String id() {
      return ID;
    }

    @Override
    boolean preload() {
      return false;
    }

    @Override
    long operation(LeaderboardService service, SplittableRandom random, long i) {
      String id = random.nextInt(20) == 0 && i > 0 ? "r" + random.nextLong(i) : "r" + i;
      return service.submit(id, "p" + random.nextInt(PLAYERS), 1 + random.nextInt(50));
    }
  }

  /** Queries over {@value #PLAYERS} players: standings, top 10 and around-me, both styles. */
  public static final class Queries extends LeaderboardWorkload {
    /** The id both workers know it by. */
    public static final String ID = "leaderboard.query";

    @Override
    public String id() {
      return ID;
    }

    @Override
    boolean preload() {
      return true;
    }

    @Override
    long operation(LeaderboardService service, SplittableRandom random, long i) {
      RankingStyle style = random.nextInt(10) < 3 ? RankingStyle.DENSE
          : RankingStyle.COMPETITION;
      String player = "p" + random.nextInt(PLAYERS);
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

  /** Whether the round submits points for every player before it starts timing. */
  abstract boolean preload();

  /** One operation; returns a value to keep, so nothing is optimised away. */
  abstract long operation(LeaderboardService service, SplittableRandom random, long i);

  @Override
  public Measurement round(LeaderboardFactory factory, long seed, long budgetNanos) {
    SplittableRandom random = new SplittableRandom(seed);
    try (Backend backend = BackendOptions.open(RunOptions::get);
        World world = backend.newWorld()) {
      LeaderboardService service = factory.newService(world);
      if (preload()) {
        for (int p = 0; p < PLAYERS; p++) {
          service.submit("pre" + p, "p" + p, random.nextInt(100));
        }
      }
      long operations = 0;
      long sink = 0;
      long start = System.nanoTime();
      long elapsed;
      do {
        for (int i = 0; i < BATCH; i++) {
          sink += operation(service, random, operations++);
        }
        elapsed = System.nanoTime() - start;
      } while (elapsed < budgetNanos);
      return new Measurement(operations + (sink == Long.MIN_VALUE ? 1 : 0), elapsed);
    }
  }
}
