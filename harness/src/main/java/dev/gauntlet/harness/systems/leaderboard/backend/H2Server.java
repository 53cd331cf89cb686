package dev.gauntlet.harness.systems.leaderboard.backend;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Embedded H2 in MySQL mode: each world an in-memory database of its own, which lives until the
 * world drops it (DB_CLOSE_DELAY=-1, so a pool with no open connection does not lose it).
 */
final class H2Server implements SqlServer {

  private final String token;
  private final AtomicInteger worlds = new AtomicInteger();

  H2Server(String token) {
    this.token = token;
  }

  @Override
  public Database newDatabase() {
    String url = "jdbc:h2:mem:gauntlet-lb-" + token + "-" + worlds.incrementAndGet()
        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    HikariDataSource pool = SqlServer.pool(url, "gauntlet-h2-" + worlds.get());
    return new Database() {
      @Override
      public DataSource pool() {
        return pool;
      }

      @Override
      public void close() {
        pool.close();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
          s.execute("SHUTDOWN");
        } catch (SQLException e) {
          throw new IllegalStateException("could not drop the H2 database " + url, e);
        }
      }
    };
  }

  @Override
  public String description() {
    return "H2 " + org.h2.engine.Constants.FULL_VERSION + " in MySQL mode, in memory";
  }

  @Override
  public void close() {}
}
