package dev.gauntlet.harness.systems.leaderboard;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.harness.systems.leaderboard.backend.Backend;
import dev.gauntlet.harness.systems.leaderboard.backend.BackendOptions;
import dev.gauntlet.harness.systems.leaderboard.backend.World;
import dev.gauntlet.specs.leaderboard.LeaderboardFactory;
import dev.gauntlet.specs.leaderboard.LeaderboardService;
import dev.gauntlet.specs.leaderboard.RankingStyle;
import dev.gauntlet.specs.leaderboard.Standing;
import dev.gauntlet.specs.leaderboard.SubmissionFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Concurrent submissions on real threads. Not reproducible step by step, but its verdict is:
 * a correct service passes every time, whatever the interleaving.
 */
@CheckSuite(system = "leaderboard", name = "faults", order = 5)
public class ConcurrencyCheck {

  static final String NO_LOST_POINTS = "concurrent submissions for one player lose no points:"
      + " the total is the sum of every submission (add in the database, under a lock or with"
      + " an atomic update, and apply deltas to the index)";
  static final String ONCE_UNDER_RACE = "a submission sent by two threads at the same moment"
      + " counts once (a unique key on the submission id, not a check-then-insert)";
  static final String INDEX_AGREES = "after concurrent submissions the index agrees with the"
      + " database";
  static final String KEEPS_FAILING = "a submission under contention succeeds within a few"
      + " retries (retry deadlocks inside the service, or report them as"
      + " SubmissionFailedException)";

  private static final String HOT = "hot";
  private static final int RETRIES = 5;

  /**
   * {@code threads} (default 4) threads, released together, each send {@code submissions}
   * (default 120) submissions of their own for one player, and the same shared ids for a
   * second player (every shared id sent by every thread, at about the same moment), plus a few
   * for other players; a submission that throws {@link SubmissionFailedException} is retried
   * with its id, as a client would, at most {@value #RETRIES} times. After all threads are
   * joined (or {@code timeoutSeconds}, default 60, runs out), the totals must be exact, the
   * ranks right, and the same again after the index is lost and rebuilt. Three rounds, each on a
   * fresh database.
   */
  @Check(id = "leaderboard.faults.concurrency", title = "Concurrent submissions lose no points"
      + " and count retries once", points = 8, category = Category.FAULT_TOLERANCE)
  void concurrency(CheckContext ctx) throws InterruptedException {
    LeaderboardFactory factory = ctx.factory(LeaderboardFactory.class);
    int threads = (int) ctx.setting("threads", 4);
    int submissions = (int) ctx.setting("submissions", 120);
    long timeout = (long) ctx.setting("timeoutSeconds", 60);
    SplittableRandom random = new SplittableRandom(ctx.seed());
    try (Backend backend = BackendOptions.open(ctx::option)) {
      for (int round = 0; round < 3; round++) {
        try (World world = backend.newWorld()) {
          storm(factory, world, threads, submissions, timeout, random.split());
        }
      }
    }
  }

  private static void storm(LeaderboardFactory factory, World world, int threads,
      int submissions, long timeout, SplittableRandom random) throws InterruptedException {
    LeaderboardService service = factory.newService(world);
    ServiceModel model = new ServiceModel();
    long[][] points = new long[threads][submissions];
    long[] shared = new long[submissions / 2];
    for (int i = 0; i < shared.length; i++) {
      shared[i] = 1 + random.nextInt(5);
      model.submit("shared-" + i, "twin", shared[i]);
    }
    for (int t = 0; t < threads; t++) {
      for (int i = 0; i < submissions; i++) {
        points[t][i] = 1 + random.nextInt(9);
        model.submit("t" + t + "-" + i, HOT, points[t][i]);
        if (i % 8 == 0) {
          model.submit("t" + t + "-other-" + i, "p" + t, points[t][i]);
        }
      }
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, "gauntlet-submitter");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int me = t;
        done.add(pool.submit((Callable<Void>) () -> {
          start.await();
          for (int i = 0; i < submissions; i++) {
            send(service, "t" + me + "-" + i, HOT, points[me][i]);
            if (i < shared.length) {
              send(service, "shared-" + i, "twin", shared[i]);
            }
            if (i % 8 == 0) {
              send(service, "t" + me + "-other-" + i, "p" + me, points[me][i]);
            }
          }
          return null;
        }));
      }
      start.countDown();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeout);
      for (Future<Void> f : done) {
        try {
          f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          throw new GuaranteeViolation(KEEPS_FAILING, "every thread done within " + timeout
              + " s", "still running: a deadlock, or a lock held forever?");
        } catch (ExecutionException e) {
          if (e.getCause() instanceof GuaranteeViolation v) {
            throw v;
          }
          throw new AssertionError("a submission threw " + e.getCause(), e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    verify(service, model, "after " + threads + " threads");
    world.wipeIndex();
    verify(factory.newService(world), model, "after the index was lost and rebuilt");
  }

  private static void send(LeaderboardService service, String id, String player, long points) {
    for (int attempt = 1; ; attempt++) {
      try {
        service.submit(id, player, points);
        return;
      } catch (SubmissionFailedException e) {
        if (attempt == RETRIES) {
          throw new GuaranteeViolation(KEEPS_FAILING, "submit(\"" + id + "\") succeeds",
              "SubmissionFailedException " + RETRIES + " times: " + e.getMessage());
        }
      }
    }
  }

  private static void verify(LeaderboardService service, ServiceModel model, String when) {
    Optional<Standing> hot = service.standing(HOT, RankingStyle.COMPETITION);
    Optional<Standing> expectedHot = model.standing(HOT, RankingStyle.COMPETITION);
    if (hot.map(Standing::score).orElse(-1L) < expectedHot.orElseThrow().score()) {
      throw new GuaranteeViolation(NO_LOST_POINTS, expectedHot.get() + " " + when,
          hot.orElse(null));
    }
    Optional<Standing> twin = service.standing("twin", RankingStyle.COMPETITION);
    GuaranteeViolation.expectEqual(ONCE_UNDER_RACE, model.standing("twin",
        RankingStyle.COMPETITION).map(s -> s + " " + when), twin.map(s -> s + " " + when));
    GuaranteeViolation.expectEqual(INDEX_AGREES, model.top(model.players(),
        RankingStyle.COMPETITION), service.top(model.players() + 1, RankingStyle.COMPETITION));
  }
}
