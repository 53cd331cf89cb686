package dev.gauntlet.harness.systems.objectstore.bugs.design;

import dev.gauntlet.specs.objectstore.ErasureCoder;

/** A parity coder (every parity shard the XOR of the data), enough for the design fixtures. */
public class XorCoder implements ErasureCoder {

  private final int k;
  private final int m;

  public XorCoder(int k, int m) {
    this.k = k;
    this.m = m;
  }

  @Override
  public int dataShards() {
    return k;
  }

  @Override
  public int parityShards() {
    return m;
  }

  @Override
  public byte[][] encode(byte[][] data) {
    byte[][] parity = new byte[m][data[0].length];
    for (byte[] p : parity) {
      for (byte[] d : data) {
        for (int i = 0; i < p.length; i++) {
          p[i] ^= d[i];
        }
      }
    }
    return parity;
  }

  @Override
  public void reconstruct(byte[][] shards) {
    throw new IllegalArgumentException("the design fixture does not decode");
  }
}
