package dev.gauntlet.specs.log;

import dev.gauntlet.specs.Clock;

/** What the harness hands a producer or consumer: its id, network, clock and metadata. */
public interface ClientEnvironment {

  /**
   * Returns this client's id, which is also its network address.
   *
   * @return the id
   */
  String clientId();

  /**
   * Returns the client's only way to send messages.
   *
   * @return the network
   */
  Network network();

  /**
   * Returns the only time source the client may read.
   *
   * @return the clock
   */
  Clock clock();

  /**
   * Returns the cluster's current metadata (as a Metadata request to any broker would): topics,
   * partition leaders and epochs, and group coordinators. A broker may learn of a change a
   * little later than its clients: a request it rejects with
   * {@link Errors#NOT_LEADER_OR_FOLLOWER} should be sent again.
   *
   * @return the metadata as of now
   */
  ClusterMetadata metadata();

  /**
   * Allocates a producer id for an idempotent producer (as InitProducerId does), unique in the
   * cluster.
   *
   * @return a new producer id, at least 0
   */
  long newProducerId();

  /**
   * Returns the cluster's settings.
   *
   * @return the settings
   */
  LogConfig config();
}
