package dev.gauntlet.harness.systems.leaderboard.backend;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A Redis and a MySQL container, started with Testcontainers for one run when nothing runs on
 * localhost and a Docker engine does. The images are pinned so every run grades against the same
 * servers.
 */
public final class Containers implements AutoCloseable {

  /** The Redis image: the 7.2 line, as on the machines the harness is developed on. */
  public static final String REDIS_IMAGE = "redis:7.2.5";
  /** The MySQL image: the 8.4 long-term-support line. */
  public static final String MYSQL_IMAGE = "mysql:8.4.3";

  private final GenericContainer<?> redis;
  private final MySQLContainer mysql;

  private Containers(GenericContainer<?> redis, MySQLContainer mysql) {
    this.redis = redis;
    this.mysql = mysql;
  }

  /** Returns null when a Docker engine answers, else why none can be used. */
  public static String dockerStatus() {
    try {
      return DockerClientFactory.instance().isDockerAvailable() ? null
          : "no Docker engine is available";
    } catch (RuntimeException | LinkageError e) {
      return "Docker could not be asked (" + e.getMessage() + ")";
    }
  }

  /** Starts both containers and waits until they accept connections. */
  public static Containers start() {
    GenericContainer<?> redis = new GenericContainer<>(DockerImageName.parse(REDIS_IMAGE))
        .withExposedPorts(6379);
    MySQLContainer mysql = new MySQLContainer(DockerImageName.parse(MYSQL_IMAGE))
        .withUsername("root").withPassword("gauntlet");
    redis.start();
    try {
      mysql.start();
    } catch (RuntimeException e) {
      redis.stop();
      throw e;
    }
    return new Containers(redis, mysql);
  }

  /** The Redis container's URL. */
  public String redisUrl() {
    return "redis://" + redis.getHost() + ":" + redis.getMappedPort(6379);
  }

  /** The MySQL container's URL, credentials included, for the MariaDB driver. */
  public String jdbcUrl() {
    return mysql.getJdbcUrl() + (mysql.getJdbcUrl().contains("?") ? "&" : "?") + "user="
        + mysql.getUsername() + "&password=" + mysql.getPassword();
  }

  @Override
  public void close() {
    try {
      mysql.stop();
    } finally {
      redis.stop();
    }
  }
}
