package dev.gauntlet.specs.cache;

import dev.gauntlet.specs.Clock;
import java.util.List;

/**
 * What the harness hands a {@link CacheClient}: the cluster's nodes, its clock and its settings.
 */
public interface CacheEnvironment {

  /**
   * Returns the nodes that are members of the cluster when the client is created. Later changes
   * arrive through {@link CacheClient#nodeJoined} and {@link CacheClient#nodeLeft}. A member may
   * be crashed at any time; it stays a member.
   *
   * @return the current members, in no particular order
   */
  List<NodeHandle> nodes();

  /**
   * Returns the only time source the client may read.
   *
   * @return the clock
   */
  Clock clock();

  /**
   * Returns how many distinct nodes must hold each written key: R. With R, the crash of any R - 1
   * nodes must lose no acknowledged write.
   *
   * @return R, at least 1
   */
  int replicationFactor();

  /**
   * Returns the bound on staleness the client may trade for hot-key load: another client's
   * completed write must be visible to this client's reads within this many milliseconds. A
   * client's own writes are always visible to it at once.
   *
   * @return the bound, in milliseconds of the environment's clock
   */
  long maxStalenessMillis();

  /**
   * Returns this client's id, distinct among the clients of one cluster; useful to order
   * concurrent writes.
   *
   * @return the id
   */
  String clientId();
}
