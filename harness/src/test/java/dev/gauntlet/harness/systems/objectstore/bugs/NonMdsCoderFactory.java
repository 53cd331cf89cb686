package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.specs.objectstore.ErasureCoder;

/**
 * Planted bug: an encoding matrix that is not MDS. The identity stacked on raw Vandermonde rows
 * r^c looks like Reed-Solomon, but some sets of k rows are singular, so some loss patterns of at
 * most m shards cannot be decoded (the trap of intel/isa-l issue 40).
 * {@code objectstore.erasure.every-loss-pattern} must catch it.
 */
public final class NonMdsCoderFactory extends PlantedObjectStoreFactory {

  @Override
  public ErasureCoder newErasureCoder(int dataShards, int parityShards) {
    return new MatrixCoder(dataShards, parityShards,
        MatrixCoder.identityOverVandermonde(dataShards, parityShards), MatrixCoder.TABLES);
  }
}
