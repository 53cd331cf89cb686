package dev.gauntlet.specs.objectstore;

/**
 * A systematic Reed-Solomon code over GF(2^8) with k data shards and m parity shards: the data
 * shards are stored as they are, and any k of the k + m shards rebuild all the others exactly.
 * Not thread-safe.
 *
 * <p><b>Every loss pattern decodes.</b> For each set of at most m missing shards, data or parity,
 * {@link #reconstruct} restores them byte for byte. This holds only if every k × k submatrix of
 * the encoding matrix is invertible: take a Cauchy matrix for the parity rows, or a Vandermonde
 * matrix made systematic by multiplying with the inverse of its top k × k part. The identity
 * stacked on plain Vandermonde rows is <i>not</i> enough: some loss patterns are then singular
 * (intel/isa-l issue 40).
 */
public interface ErasureCoder {

  /** Returns k, the number of data shards. */
  int dataShards();

  /** Returns m, the number of parity shards. */
  int parityShards();

  /**
   * Computes the parity of k data shards of equal length.
   *
   * @param data k arrays of the same length (possibly 0); not modified
   * @return m new parity arrays of that length
   * @throws IllegalArgumentException if there are not k arrays or their lengths differ
   */
  byte[][] encode(byte[][] data);

  /**
   * Rebuilds the missing shards in place. {@code shards} holds k + m entries, data shards first
   * then parity, with {@code null} for each missing one; on return every entry is filled with
   * the exact bytes the shard had when it was encoded. Present shards are trusted: detecting a
   * corrupt shard (a checksum) is the caller's job, who passes it as missing.
   *
   * @param shards k + m entries, present ones all of the same length
   * @throws IllegalArgumentException if fewer than k shards are present, if there are not
   *     k + m entries, or if the present shards differ in length; never returns wrong bytes
   */
  void reconstruct(byte[][] shards);
}
