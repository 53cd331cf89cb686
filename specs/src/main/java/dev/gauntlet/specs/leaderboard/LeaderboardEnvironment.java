package dev.gauntlet.specs.leaderboard;

import javax.sql.DataSource;

/** What the harness hands a {@link LeaderboardService}: its database and its sorted-set store. */
public interface LeaderboardEnvironment {

  /**
   * Returns the database, the source of record: a pool of connections to an empty database of
   * its own (MariaDB or MySQL, or H2 in MySQL mode), in which the service creates its tables.
   * Statements may fail; a failed statement changed nothing, and a transaction that saw one must
   * be rolled back.
   *
   * @return the database
   */
  DataSource dataSource();

  /**
   * Returns the sorted-set store that holds the service's ranks: a real Redis or an in-process
   * store. It may lose everything between two calls.
   *
   * @return the store
   */
  SortedSetStore store();
}
