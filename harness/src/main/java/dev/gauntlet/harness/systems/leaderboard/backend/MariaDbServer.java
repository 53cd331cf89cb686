package dev.gauntlet.harness.systems.leaderboard.backend;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A real MariaDB or MySQL server, reached with the MariaDB driver: each world gets a database of
 * its own, {@code gauntlet_lb_<token>_<n>}, created with utf8mb4 and dropped when the world
 * closes. Nothing else on the server is read or touched.
 */
final class MariaDbServer implements SqlServer {

  /** jdbc:mariadb://host:port/database?options, or jdbc:mysql://... */
  private static final Pattern URL = Pattern.compile(
      "^jdbc:(mariadb|mysql)://([^/?]*)(/[^?]*)?(\\?.*)?$");

  private final String baseUrl;
  private final String token;
  private final Connection admin;
  private final String version;
  private final AtomicInteger worlds = new AtomicInteger();

  /**
   * Connects to the server.
   *
   * @throws SQLException if it cannot be reached or logged into
   */
  MariaDbServer(String jdbcUrl, String token) throws SQLException {
    this.baseUrl = driverUrl(jdbcUrl);
    this.token = token;
    this.admin = DriverManager.getConnection(baseUrl);
    try (Statement s = admin.createStatement(); ResultSet rs = s.executeQuery("SELECT VERSION()")) {
      rs.next();
      this.version = rs.getString(1);
    }
  }

  /**
   * Returns the URL the MariaDB driver takes: {@code jdbc:mysql:} becomes {@code jdbc:mariadb:}
   * (the same protocol), with public-key retrieval allowed for MySQL 8's default login.
   *
   * @throws IllegalArgumentException if the URL is not a MariaDB or MySQL JDBC URL
   */
  static String driverUrl(String jdbcUrl) {
    Matcher m = URL.matcher(jdbcUrl);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a MariaDB or MySQL JDBC URL (jdbc:mariadb://host:"
          + "port/database or jdbc:mysql://...): " + jdbcUrl);
    }
    if (m.group(1).equals("mariadb")) {
      return jdbcUrl;
    }
    String options = m.group(4) == null ? "?allowPublicKeyRetrieval=true"
        : m.group(4) + "&allowPublicKeyRetrieval=true";
    return "jdbc:mariadb://" + m.group(2) + (m.group(3) == null ? "" : m.group(3)) + options;
  }

  /** Returns {@code url} with its database replaced by {@code database}. */
  static String withDatabase(String url, String database) {
    Matcher m = URL.matcher(url);
    if (!m.matches()) {
      throw new IllegalArgumentException(url);
    }
    return "jdbc:" + m.group(1) + "://" + m.group(2) + "/" + database
        + (m.group(4) == null ? "" : m.group(4));
  }

  @Override
  public synchronized Database newDatabase() {
    String name = "gauntlet_lb_" + token + "_" + worlds.incrementAndGet();
    execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
    HikariDataSource pool = SqlServer.pool(withDatabase(baseUrl, name), name);
    return new Database() {
      @Override
      public DataSource pool() {
        return pool;
      }

      @Override
      public void close() {
        pool.close();
        execute("DROP DATABASE IF EXISTS `" + name + "`");
      }
    };
  }

  private synchronized void execute(String sql) {
    try (Statement s = admin.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed on " + baseUrl + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String description() {
    return (version.toLowerCase(java.util.Locale.ROOT).contains("mariadb") ? "MariaDB "
        : "MySQL ") + version + " at " + Urls.redact(baseUrl);
  }

  @Override
  public void close() {
    try {
      admin.close();
    } catch (SQLException e) {
      // closing: nothing left to do with it
    }
  }
}
