package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.specs.objectstore.ErasureCoder;

/**
 * Planted bug: a decoder that makes bytes up. With fewer than k shards present it fills the lost
 * ones with zeros and returns, instead of failing. {@code objectstore.erasure.too-many-losses}
 * must catch it.
 */
public final class ZeroFillingCoderFactory extends PlantedObjectStoreFactory {

  @Override
  public ErasureCoder newErasureCoder(int dataShards, int parityShards) {
    ErasureCoder reference = super.newErasureCoder(dataShards, parityShards);
    return new ErasureCoder() {
      @Override
      public int dataShards() {
        return dataShards;
      }

      @Override
      public int parityShards() {
        return parityShards;
      }

      @Override
      public byte[][] encode(byte[][] data) {
        return reference.encode(data);
      }

      @Override
      public void reconstruct(byte[][] shards) {
        int present = 0;
        int length = 0;
        for (byte[] shard : shards) {
          if (shard != null) {
            present++;
            length = shard.length;
          }
        }
        if (present >= dataShards) {
          reference.reconstruct(shards);
          return;
        }
        for (int i = 0; i < shards.length; i++) {
          if (shards[i] == null) {
            shards[i] = new byte[length];
          }
        }
      }
    };
  }
}
