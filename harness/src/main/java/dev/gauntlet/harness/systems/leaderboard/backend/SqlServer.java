package dev.gauntlet.harness.systems.leaderboard.backend;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** A SQL server that hands each world an empty database of its own. */
interface SqlServer extends AutoCloseable {

  /** Creates an empty database and a pool of connections to it. */
  Database newDatabase();

  /** Describes the server for the report, e.g. {@code MariaDB 10.11.19 at jdbc:mariadb://...}. */
  String description();

  @Override
  void close();

  /**
   * A small pool to a world's database. Hikari resets what a candidate left on a connection it
   * closed (auto-commit, isolation, an open transaction is rolled back), so one submission's
   * failure cannot leak into the next.
   */
  static HikariDataSource pool(String jdbcUrl, String name) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setPoolName(name);
    config.setMaximumPoolSize(12);
    config.setMinimumIdle(0);
    config.setConnectionTimeout(10_000);
    config.setInitializationFailTimeout(-1); // connect lazily: the world may never be used
    return new HikariDataSource(config);
  }
}
