package dev.gauntlet.harness.systems.leaderboard.backend;

import dev.gauntlet.specs.leaderboard.SortedSetStore;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import redis.clients.jedis.RedisClient;

/**
 * The SQL server and sorted-set store one check runs its worlds on: embedded (H2 and the
 * in-process store) or real (a MariaDB/MySQL server and a Redis server, by URL). Each world is
 * isolated: a database and a key prefix of its own, dropped when it closes.
 */
public final class Backend implements AutoCloseable {

  private final boolean real;
  private final SqlServer sql;
  private final RedisClient redis;
  private final String redisUrl;
  private final String token;
  private final AtomicInteger worlds = new AtomicInteger();

  private Backend(boolean real, SqlServer sql, RedisClient redis, String redisUrl,
      String token) {
    this.real = real;
    this.sql = sql;
    this.redis = redis;
    this.redisUrl = redisUrl;
    this.token = token;
  }

  /** H2 in MySQL mode and the in-process sorted-set store. */
  public static Backend embedded() {
    String token = token();
    return new Backend(false, new H2Server(token), null, null, token);
  }

  /**
   * A real Redis and MariaDB/MySQL.
   *
   * @throws IllegalStateException naming the URL that could not be reached, and why
   */
  public static Backend real(String redisUrl, String jdbcUrl) {
    String token = token();
    RedisClient redis;
    try {
      redis = RedisClient.create(URI.create(redisUrl));
      redis.ping();
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot reach Redis at " + Urls.redact(redisUrl) + ": "
          + e.getMessage(), e);
    }
    try {
      return new Backend(true, new MariaDbServer(jdbcUrl, token), redis, redisUrl, token);
    } catch (SQLException | RuntimeException e) {
      redis.close();
      throw new IllegalStateException("cannot reach the database at " + Urls.redact(jdbcUrl)
          + ": " + e.getMessage(), e);
    }
  }

  /** Returns whether this is a real Redis and SQL server. */
  public boolean isReal() {
    return real;
  }

  /** Describes the backend for the report. */
  public String description() {
    return real
        ? "real: Redis " + redisVersion() + " at " + Urls.redact(redisUrl) + " + "
            + sql.description()
        : "embedded: " + sql.description() + " + the in-process sorted-set store";
  }

  /** Creates an empty world: a new database and an empty store. */
  public World newWorld() {
    int n = worlds.incrementAndGet();
    Database database = sql.newDatabase();
    if (!real) {
      EmbeddedSortedSets store = new EmbeddedSortedSets();
      return new World(database, store, store::wipe);
    }
    RedisSortedSets store = new RedisSortedSets(redis, "gauntlet:lb:" + token + ":" + n + ":");
    return new World(database, store, store::wipe);
  }

  /** Returns a store of its own on this backend (for the differential tests). */
  public SortedSetStore newStore(String name) {
    return real ? new RedisSortedSets(redis, "gauntlet:lb:" + token + ":" + name + ":")
        : new EmbeddedSortedSets();
  }

  private String redisVersion() {
    String info = redis.info("server");
    for (String line : info.split("\r?\n")) {
      if (line.startsWith("redis_version:")) {
        return line.substring("redis_version:".length()).strip();
      }
    }
    return "(version unknown)";
  }

  @Override
  public void close() {
    try {
      sql.close();
    } finally {
      if (redis != null) {
        redis.close();
      }
    }
  }

  private static String token() {
    return Long.toString(new SecureRandom().nextLong() >>> 1, 36);
  }
}
