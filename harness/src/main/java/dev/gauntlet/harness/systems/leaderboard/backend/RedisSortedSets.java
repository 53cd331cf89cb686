package dev.gauntlet.harness.systems.leaderboard.backend;

import dev.gauntlet.specs.leaderboard.ScoredMember;
import dev.gauntlet.specs.leaderboard.SortedSetStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import redis.clients.jedis.resps.Tuple;

/**
 * The sorted-set store on a real Redis: every command goes to the server as it is, under a key
 * prefix of this store's own, so the machine's other keys are never read or touched and
 * {@link #wipe()} deletes exactly this store's keys (never FLUSHALL). Redis keeps scores as
 * doubles, exact for the integers within ±2^53 that the contract allows.
 */
public final class RedisSortedSets implements SortedSetStore {

  private final UnifiedJedis redis;
  private final String prefix;

  /**
   * @param redis the connection pool, shared with other stores and closed by its owner
   * @param prefix put before every key, e.g. {@code gauntlet:lb:3f2a:7:}; no glob characters
   */
  public RedisSortedSets(UnifiedJedis redis, String prefix) {
    if (prefix.matches(".*[*?\\[\\]\\\\].*")) {
      throw new IllegalArgumentException("the prefix must not hold glob characters: " + prefix);
    }
    this.redis = redis;
    this.prefix = prefix;
  }

  /** Deletes every key of this store, as FLUSHALL would for a server of its own. */
  public void wipe() {
    call(() -> {
      ScanParams match = new ScanParams().match(prefix + "*").count(1000);
      String cursor = ScanParams.SCAN_POINTER_START;
      do {
        ScanResult<String> page = redis.scan(cursor, match);
        if (!page.getResult().isEmpty()) {
          redis.del(page.getResult().toArray(String[]::new));
        }
        cursor = page.getCursor();
      } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
      return null;
    });
  }

  @Override
  public boolean add(String key, String member, long score) {
    StoreRules.checkScore(score);
    return call(() -> redis.zadd(k(key), score, member)) == 1;
  }

  @Override
  public long addAll(String key, Collection<ScoredMember> members) {
    if (members.isEmpty()) {
      return 0; // ZADD with no pair is a syntax error in Redis
    }
    Map<String, Double> pairs = new LinkedHashMap<>();
    for (ScoredMember m : members) {
      pairs.put(m.member(), (double) StoreRules.checkScore(m.score()));
    }
    return call(() -> redis.zadd(k(key), pairs));
  }

  /**
   * ZINCRBY with the range check done in the server, atomically: old + delta leaves ±2^53
   * exactly when old > 2^53 - delta (or old < -2^53 - delta), and those bounds are exact doubles
   * for a delta within ±2^53, where the rounded sum itself would not tell.
   */
  private static final String INCREMENT = "local old = tonumber(redis.call('ZSCORE', KEYS[1],"
      + " ARGV[1]) or '0') local d = tonumber(ARGV[2]) local m = 9007199254740992"
      + " if (d > 0 and old > m - d) or (d < 0 and old < -m - d) then"
      + " return redis.error_reply('out of range') end"
      + " return redis.call('ZINCRBY', KEYS[1], ARGV[2], ARGV[1])";

  @Override
  public long incrementBy(String key, String member, long delta) {
    StoreRules.checkScore(delta);
    try {
      Object result = redis.eval(INCREMENT, 1, k(key), member, Long.toString(delta));
      return StoreRules.exact(Double.parseDouble(String.valueOf(result)));
    } catch (JedisDataException e) {
      if (String.valueOf(e.getMessage()).contains("out of range")) {
        throw new IllegalArgumentException("score + " + delta + " would be outside ±2^53", e);
      }
      throw new IllegalStateException("Redis: " + e.getMessage(), e);
    } catch (JedisException e) {
      throw new IllegalStateException("Redis: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean remove(String key, String member) {
    return call(() -> redis.zrem(k(key), member)) == 1;
  }

  @Override
  public OptionalLong score(String key, String member) {
    Double s = call(() -> redis.zscore(k(key), member));
    return s == null ? OptionalLong.empty() : OptionalLong.of(StoreRules.exact(s));
  }

  @Override
  public OptionalLong reverseRank(String key, String member) {
    Long r = call(() -> redis.zrevrank(k(key), member));
    return r == null ? OptionalLong.empty() : OptionalLong.of(r);
  }

  @Override
  public OptionalLong rank(String key, String member) {
    Long r = call(() -> redis.zrank(k(key), member));
    return r == null ? OptionalLong.empty() : OptionalLong.of(r);
  }

  @Override
  public List<ScoredMember> reverseRange(String key, long start, long stop) {
    return members(call(() -> redis.zrevrangeWithScores(k(key), start, stop)));
  }

  @Override
  public List<ScoredMember> range(String key, long start, long stop) {
    return members(call(() -> redis.zrangeWithScores(k(key), start, stop)));
  }

  @Override
  public long count(String key, long min, long max) {
    // Bounds beyond ±2^53 would round as doubles; no score lies there, so they are infinities.
    if (min > max || min > dev.gauntlet.specs.leaderboard.RankedIndex.MAX_SCORE
        || max < -dev.gauntlet.specs.leaderboard.RankedIndex.MAX_SCORE) {
      return 0;
    }
    String lo = min < -dev.gauntlet.specs.leaderboard.RankedIndex.MAX_SCORE ? "-inf"
        : Long.toString(min);
    String hi = max > dev.gauntlet.specs.leaderboard.RankedIndex.MAX_SCORE ? "+inf"
        : Long.toString(max);
    return call(() -> redis.zcount(k(key), lo, hi));
  }

  @Override
  public long size(String key) {
    return call(() -> redis.zcard(k(key)));
  }

  @Override
  public boolean exists(String key) {
    return call(() -> redis.exists(k(key)));
  }

  @Override
  public boolean delete(String key) {
    return call(() -> redis.del(k(key))) == 1;
  }

  @Override
  public void rename(String from, String to) {
    call(() -> redis.rename(k(from), k(to)));
  }

  private String k(String key) {
    return prefix + java.util.Objects.requireNonNull(key, "key");
  }

  private static List<ScoredMember> members(List<Tuple> tuples) {
    List<ScoredMember> out = new ArrayList<>(tuples.size());
    for (Tuple t : tuples) {
      out.add(new ScoredMember(t.getElement(), StoreRules.exact(t.getScore())));
    }
    return out;
  }

  /** Runs a command; the client's exceptions become the contract's IllegalStateException. */
  private static <T> T call(Supplier<T> command) {
    try {
      return command.get();
    } catch (JedisException e) {
      throw new IllegalStateException("Redis: " + e.getMessage(), e);
    }
  }
}
