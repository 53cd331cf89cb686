package dev.gauntlet.specs.cache;

import dev.gauntlet.specs.Clock;

/**
 * Creates the parts of a candidate's distributed cache. The harness finds exactly one
 * implementation with {@link java.util.ServiceLoader}: list its class name in
 * {@code META-INF/services/dev.gauntlet.specs.cache.CacheFactory}. It needs a public no-argument
 * constructor.
 *
 * <p>Every object returned must keep its state in its own fields: the harness builds many nodes,
 * rings and clients in one JVM and "crashes" a node by dropping its store and asking for a new
 * one. State kept in static fields would survive that crash, which a real machine's memory does
 * not.
 */
public interface CacheFactory {

  /** The default number of virtual nodes per physical node; {@link #newRing()} uses it. */
  int DEFAULT_VIRTUAL_NODES = 200;

  /**
   * Creates an empty store for one cache node.
   *
   * @param capacity the most live entries the store may hold; at least 1
   * @param clock the only time source the store may read, for TTLs
   * @return a new, empty store
   */
  NodeStore newNodeStore(int capacity, Clock clock);

  /**
   * Creates an empty hash ring with the given number of virtual nodes per physical node.
   *
   * @param virtualNodesPerNode positions each physical node takes on the ring; at least 1
   * @return a new ring with no nodes
   */
  HashRing newRing(int virtualNodesPerNode);

  /**
   * Creates an empty hash ring with {@link #DEFAULT_VIRTUAL_NODES} virtual nodes per node.
   *
   * @return a new ring with no nodes
   */
  default HashRing newRing() {
    return newRing(DEFAULT_VIRTUAL_NODES);
  }

  /**
   * Creates a client of the cluster that {@code environment} describes. Several clients may be
   * created over the same nodes; each is used by one thread at a time.
   *
   * @param environment the nodes, clock and settings the harness provides
   * @return a new client
   */
  CacheClient newClient(CacheEnvironment environment);
}
