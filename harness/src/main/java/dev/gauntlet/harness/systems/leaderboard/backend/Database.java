package dev.gauntlet.harness.systems.leaderboard.backend;

import javax.sql.DataSource;

/** One world's empty database: a pool of connections to it, and how to drop it. */
interface Database extends AutoCloseable {

  /** Returns the pool. */
  DataSource pool();

  /** Closes the pool and drops the database. */
  @Override
  void close();
}
