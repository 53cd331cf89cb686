package dev.gauntlet.harness.systems.cache;

import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.cache.CacheEnvironment;
import dev.gauntlet.specs.cache.NodeHandle;
import java.util.List;

/**
 * The environment one client of a {@link SimCluster} is given.
 *
 * @param nodes the members when the client is created
 * @param clock the cluster's clock
 * @param replicationFactor R
 * @param maxStalenessMillis the staleness bound for other clients' writes
 * @param clientId the client's id
 */
record SimEnvironment(List<NodeHandle> nodes, Clock clock, int replicationFactor,
    long maxStalenessMillis, String clientId) implements CacheEnvironment {}
