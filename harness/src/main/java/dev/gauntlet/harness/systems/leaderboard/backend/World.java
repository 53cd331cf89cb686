package dev.gauntlet.harness.systems.leaderboard.backend;

import dev.gauntlet.specs.leaderboard.LeaderboardEnvironment;
import dev.gauntlet.specs.leaderboard.SortedSetStore;
import javax.sql.DataSource;

/**
 * One leaderboard's surroundings for one scenario: an empty database and an empty store of its
 * own, the faults the harness may inject there, and the environment handed to the candidate's
 * services (the same one to every service created over the world, as after a restart).
 */
public final class World implements AutoCloseable, LeaderboardEnvironment {

  private final Database database;
  private final SortedSetStore store;
  private final Runnable wipe;
  private final DatabaseFaults faults = new DatabaseFaults();
  private final DataSource dataSource;

  World(Database database, SortedSetStore store, Runnable wipe) {
    this.database = database;
    this.store = store;
    this.wipe = wipe;
    this.dataSource = new FaultyDataSource(database.pool(), faults);
  }

  @Override
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public SortedSetStore store() {
    return store;
  }

  /** Empties the store, as a Redis restarted without persistence, or FLUSHALL. */
  public void wipeIndex() {
    wipe.run();
  }

  /** Returns the database faults of this world. */
  public DatabaseFaults faults() {
    return faults;
  }

  /** Drops the database and the store's keys. */
  @Override
  public void close() {
    try {
      wipe.run();
    } finally {
      database.close();
    }
  }
}
