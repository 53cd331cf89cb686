package dev.gauntlet.harness.systems.leaderboard.backend;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source a candidate's service gets: the world's pool, with every connection and
 * statement wrapped so that {@link DatabaseFaults} can make a chosen statement execution or
 * commit fail. Everything else passes through unchanged.
 */
final class FaultyDataSource implements DataSource {

  private final DataSource pool;
  private final DatabaseFaults faults;

  FaultyDataSource(DataSource pool, DatabaseFaults faults) {
    this.pool = pool;
    this.faults = faults;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return connection(pool.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return connection(pool.getConnection(username, password));
  }

  private Connection connection(Connection real) {
    Connection[] self = new Connection[1];
    InvocationHandler handler = (proxy, method, args) -> {
      String name = method.getName();
      if (name.equals("commit")) {
        faults.beforeCommit();
      }
      Object result = invoke(real, method, args);
      if (result instanceof Statement statement && isStatementFactory(name)) {
        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
        return statement(statement, method.getReturnType(), sql, self[0]);
      }
      return result;
    };
    self[0] = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, handler);
    return self[0];
  }

  private Object statement(Statement real, Class<?> type, String preparedSql,
      Connection connection) {
    Class<?> api = type == CallableStatement.class ? CallableStatement.class
        : type == PreparedStatement.class ? PreparedStatement.class : Statement.class;
    InvocationHandler handler = (proxy, method, args) -> {
      String name = method.getName();
      if (name.startsWith("execute")) {
        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s
            : preparedSql;
        faults.beforeStatement(sql == null ? "(batch)" : shorten(sql));
      }
      if (name.equals("getConnection")) {
        return connection;
      }
      return invoke(real, method, args);
    };
    return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {api},
        handler);
  }

  private static boolean isStatementFactory(String name) {
    return name.equals("createStatement") || name.equals("prepareStatement")
        || name.equals("prepareCall");
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static String shorten(String sql) {
    String flat = sql.strip().replaceAll("\\s+", " ");
    return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return pool.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    pool.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    pool.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return pool.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return pool.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("the harness's data source wraps nothing a service may use");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
