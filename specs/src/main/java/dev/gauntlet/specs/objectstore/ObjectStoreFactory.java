package dev.gauntlet.specs.objectstore;

/**
 * Creates the parts of a candidate's object store. The harness finds exactly one implementation
 * with {@link java.util.ServiceLoader}: list its class name in
 * {@code META-INF/services/dev.gauntlet.specs.objectstore.ObjectStoreFactory}. It needs a public
 * no-argument constructor.
 *
 * <p>Every object returned keeps its state in its own fields, and a gateway keeps nothing that
 * another gateway needs: the harness runs several gateways over the same nodes, and "crashes" a
 * gateway by dropping it in the middle of a request.
 */
public interface ObjectStoreFactory {

  /** The default number of data shards, k: 6 + 3 over 9 nodes in 3 zones survives a zone. */
  int DEFAULT_DATA_SHARDS = 6;

  /** The default number of parity shards, m. */
  int DEFAULT_PARITY_SHARDS = 3;

  /**
   * Creates a systematic Reed-Solomon coder over GF(2^8) with {@code dataShards} data shards
   * and {@code parityShards} parity shards.
   *
   * @param dataShards k, at least 1
   * @param parityShards m, at least 1; {@code dataShards + parityShards} is at most 256
   * @return a new coder
   * @throws IllegalArgumentException if the counts are out of range
   */
  ErasureCoder newErasureCoder(int dataShards, int parityShards);

  /**
   * Creates a gateway of the store that {@code environment} describes. Several gateways may be
   * created over the same nodes; each is used by one thread at a time. The constructor must not
   * call the nodes.
   *
   * @param environment the nodes, clock and settings the harness provides
   * @return a new gateway
   */
  ObjectStore newGateway(ObjectStoreEnvironment environment);
}
