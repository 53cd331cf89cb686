package dev.gauntlet.reference.leaderboard;

import dev.gauntlet.specs.leaderboard.LeaderboardEnvironment;
import dev.gauntlet.specs.leaderboard.LeaderboardService;
import dev.gauntlet.specs.leaderboard.RankingStyle;
import dev.gauntlet.specs.leaderboard.ScoredMember;
import dev.gauntlet.specs.leaderboard.SortedSetStore;
import dev.gauntlet.specs.leaderboard.Standing;
import dev.gauntlet.specs.leaderboard.SubmissionFailedException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The reference service. A submission commits to the database first, then adds its points to the
 * index with ZINCRBY, which commutes, so concurrent submissions may reach the index in any order.
 * The index is three keys: the players by total, the distinct totals (for dense ranks, counted
 * with ZCOUNT) and how many players hold each distinct total; a marker key says the index is
 * complete. Its absence means the store lost everything: the index is rebuilt from the database
 * into temporary keys renamed over the live ones, under a write lock that waits for submissions
 * in flight, so none is lost or counted twice.
 */
final class ReferenceLeaderboardService implements LeaderboardService {

  static final String SCORES = "lb:scores";
  static final String DISTINCT = "lb:distinct";
  static final String HOLDERS = "lb:holders";
  static final String MARKER = "lb:complete";
  private static final String TEMP = ":rebuild";
  private static final int MAX_ATTEMPTS = 10;
  private static final int BATCH = 1000;

  private final SortedSetStore store;
  private final PointsTable table;
  /** Submissions and queries share it; a rebuild takes it alone. */
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  /** Serialises index updates, so the distinct-total counts move together. */
  private final Object indexUpdates = new Object();

  ReferenceLeaderboardService(LeaderboardEnvironment environment) {
    this.store = environment.store();
    try {
      this.table = new PointsTable(environment.dataSource());
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the leaderboard's tables: "
          + e.getMessage(), e);
    }
  }

  @Override
  public long submit(String submissionId, String player, long points) {
    Names.check("submission id", submissionId);
    Names.check("player", player);
    Members.checkScore(points);
    try {
      ensureIndex();
    } catch (DatabaseFailed e) {
      throw new SubmissionFailedException(e.getMessage(), e.getCause());
    }
    lock.readLock().lock();
    try {
      PointsTable.Outcome outcome = record(submissionId, player, points);
      if (outcome.recorded()) {
        apply(player, outcome, points);
      }
      return outcome.total();
    } finally {
      lock.readLock().unlock();
    }
  }

  private PointsTable.Outcome record(String submissionId, String player, long points) {
    for (int attempt = 1; ; attempt++) {
      try {
        return table.submit(submissionId, player, points);
      } catch (PointsTable.Conflict e) {
        if (attempt == MAX_ATTEMPTS) {
          throw new SubmissionFailedException("the database kept aborting the submission ("
              + e.getCause().getMessage() + ")", e.getCause());
        }
      } catch (SQLException e) {
        throw new SubmissionFailedException("the database failed: " + e.getMessage(), e);
      }
    }
  }

  /** Applies a committed submission to the index; if the store fails, the index is redone. */
  private void apply(String player, PointsTable.Outcome outcome, long points) {
    synchronized (indexUpdates) {
      try {
        store.incrementBy(SCORES, player, points);
        if (outcome.playerExisted()) {
          holders(outcome.total() - points, -1);
        }
        holders(outcome.total(), 1);
      } catch (RuntimeException e) {
        store.delete(MARKER); // committed: the next call rebuilds from the database
      }
    }
  }

  /** Counts one more or one fewer player at {@code total}, keeping the distinct totals. */
  private void holders(long total, int change) {
    String member = Long.toString(total);
    long count = store.incrementBy(HOLDERS, member, change);
    if (count > 0) {
      store.add(DISTINCT, member, total);
    } else {
      store.remove(DISTINCT, member);
      if (count == 0) {
        store.remove(HOLDERS, member);
      }
    }
  }

  @Override
  public List<Standing> top(int n, RankingStyle style) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be at least 0, was " + n);
    }
    Objects.requireNonNull(style, "style");
    if (n == 0) {
      return List.of();
    }
    return query(() -> ranked(store.reverseRange(SCORES, 0, n - 1L), 0, style));
  }

  @Override
  public Optional<Standing> standing(String player, RankingStyle style) {
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(style, "style");
    return query(() -> {
      OptionalLong score = store.score(SCORES, player);
      if (score.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Standing(player, score.getAsLong(),
          rankOf(score.getAsLong(), style)));
    });
  }

  @Override
  public List<Standing> around(String player, int k, RankingStyle style) {
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(style, "style");
    if (k < 0) {
      throw new IllegalArgumentException("k must be at least 0, was " + k);
    }
    return query(() -> {
      OptionalLong position = store.reverseRank(SCORES, player);
      if (position.isEmpty()) {
        return List.of();
      }
      long from = Math.max(0, position.getAsLong() - k);
      return ranked(store.reverseRange(SCORES, from, position.getAsLong() + k), from, style);
    });
  }

  @Override
  public void rebuildIndex() {
    lock.writeLock().lock();
    try {
      rebuild();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Ranks a slice of the order that starts at position {@code from}. */
  private List<Standing> ranked(List<ScoredMember> slice, long from, RankingStyle style) {
    List<Standing> out = new ArrayList<>(slice.size());
    long rank = 0;
    for (int i = 0; i < slice.size(); i++) {
      ScoredMember m = slice.get(i);
      if (i == 0) {
        rank = rankOf(m.score(), style);
      } else if (m.score() != slice.get(i - 1).score()) {
        // Everyone listed before has a higher total: competition counts them, dense one more.
        rank = style == RankingStyle.COMPETITION ? from + i + 1 : rank + 1;
      }
      out.add(new Standing(m.member(), m.score(), rank));
    }
    return out;
  }

  /** 1 + the players (competition) or the distinct totals (dense) strictly above {@code score}. */
  private long rankOf(long score, RankingStyle style) {
    String key = style == RankingStyle.COMPETITION ? SCORES : DISTINCT;
    return 1 + store.count(key, score + 1, Long.MAX_VALUE);
  }

  private <T> T query(java.util.function.Supplier<T> body) {
    ensureIndex();
    lock.readLock().lock();
    try {
      return body.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The database failed while the index was being rebuilt; nothing was changed. */
  private static final class DatabaseFailed extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    DatabaseFailed(String message, SQLException cause) {
      super(message, cause);
    }
  }

  /** Rebuilds the index if the store lost it (its marker is gone). */
  private void ensureIndex() {
    if (store.exists(MARKER)) {
      return;
    }
    lock.writeLock().lock();
    try {
      if (!store.exists(MARKER)) {
        rebuild();
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Builds the index from the database into temporary keys, then renames them into place. */
  private void rebuild() {
    List<ScoredMember> totals;
    try {
      totals = table.totals();
    } catch (SQLException e) {
      throw new DatabaseFailed("could not read the totals to rebuild the index: "
          + e.getMessage(), e);
    }
    java.util.Map<Long, Long> holders = new java.util.HashMap<>();
    totals.forEach(t -> holders.merge(t.score(), 1L, Long::sum));
    List<ScoredMember> distinct = new ArrayList<>();
    List<ScoredMember> counts = new ArrayList<>();
    holders.forEach((total, count) -> {
      distinct.add(new ScoredMember(Long.toString(total), total));
      counts.add(new ScoredMember(Long.toString(total), count));
    });
    replace(SCORES, totals);
    replace(DISTINCT, distinct);
    replace(HOLDERS, counts);
    store.add(MARKER, "complete", 1);
  }

  /** Fills {@code key + TEMP} and renames it over {@code key}; an empty set deletes the key. */
  private void replace(String key, List<ScoredMember> members) {
    String temp = key + TEMP;
    store.delete(temp);
    for (int i = 0; i < members.size(); i += BATCH) {
      store.addAll(temp, members.subList(i, Math.min(members.size(), i + BATCH)));
    }
    if (members.isEmpty()) {
      store.delete(key);
    } else {
      store.rename(temp, key);
    }
  }
}
