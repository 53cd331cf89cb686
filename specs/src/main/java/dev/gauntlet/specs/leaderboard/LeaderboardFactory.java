package dev.gauntlet.specs.leaderboard;

/**
 * Creates the parts of a candidate's leaderboard. The harness finds exactly one implementation
 * with {@link java.util.ServiceLoader}: list its class name in
 * {@code META-INF/services/dev.gauntlet.specs.leaderboard.LeaderboardFactory}. It needs a public
 * no-argument constructor.
 *
 * <p>The two parts are graded separately: the ranked index is your own data structure, while
 * the service ranks players in the {@link SortedSetStore} the harness hands it (a real Redis, or
 * an in-process store), so a bug in one does not cost the points of the other. No static
 * mutable state: the harness builds many indexes and services in one JVM, and restarts a
 * service by dropping it and asking for a new one.
 */
public interface LeaderboardFactory {

  /**
   * Creates an empty ranked index.
   *
   * @return a new, empty index
   */
  RankedIndex newRankedIndex();

  /**
   * Creates a service over {@code environment}. The database may be empty (create your tables
   * if they do not exist) or hold what an earlier service over the same environment recorded;
   * the store may be empty or hold that service's index. Either way the new service continues
   * where the old one stopped.
   *
   * @param environment the database and the store
   * @return a new service
   */
  LeaderboardService newService(LeaderboardEnvironment environment);
}
