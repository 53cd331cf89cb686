package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.specs.objectstore.ErasureCoder;

/**
 * Planted bug: a correct coder with a slow multiply, bit by bit for every byte instead of a
 * table lookup. Everything decodes, but encoding is an order of magnitude slower, and so are
 * 1 MiB puts. {@code objectstore.perf.encode} and {@code objectstore.perf.large-objects} must
 * score it below full marks.
 */
public final class SlowCoderFactory extends PlantedObjectStoreFactory {

  @Override
  public ErasureCoder newErasureCoder(int dataShards, int parityShards) {
    return new MatrixCoder(dataShards, parityShards,
        MatrixCoder.systematicVandermonde(dataShards, parityShards), MatrixCoder.BITWISE);
  }
}
