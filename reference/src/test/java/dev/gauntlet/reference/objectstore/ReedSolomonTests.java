package dev.gauntlet.reference.objectstore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ReedSolomonTests {

  private static byte[][] stripe(ReedSolomon rs, int length, long seed) {
    Random random = new Random(seed);
    int k = rs.dataShards();
    byte[][] all = new byte[k + rs.parityShards()][];
    for (int i = 0; i < k; i++) {
      all[i] = new byte[length];
      random.nextBytes(all[i]);
    }
    byte[][] data = new byte[k][];
    System.arraycopy(all, 0, data, 0, k);
    byte[][] parity = rs.encode(data);
    System.arraycopy(parity, 0, all, k, parity.length);
    return all;
  }

  @Test
  void everyPairAndTripleOfLostShardsOfSixPlusThreeIsRebuilt() {
    ReedSolomon rs = new ReedSolomon(6, 3);
    byte[][] shards = stripe(rs, 33, 1);
    for (int a = 0; a < 9; a++) {
      for (int b = a; b < 9; b++) {
        for (int c = b; c < 9; c++) {
          byte[][] damaged = shards.clone();
          damaged[a] = null;
          damaged[b] = null;
          damaged[c] = null;
          rs.reconstruct(damaged);
          for (int i = 0; i < 9; i++) {
            assertArrayEquals(shards[i], damaged[i], "lost " + a + b + c + ", shard " + i);
          }
        }
      }
    }
  }

  @Test
  void fourLostShardsOfSixPlusThreeIsAnError() {
    ReedSolomon rs = new ReedSolomon(6, 3);
    byte[][] damaged = stripe(rs, 8, 2).clone();
    damaged[0] = null;
    damaged[3] = null;
    damaged[6] = null;
    damaged[8] = null;
    assertThrows(IllegalArgumentException.class, () -> rs.reconstruct(damaged));
  }

  @Test
  void utf8OrderIsCodePointOrder() {
    org.junit.jupiter.api.Assertions.assertTrue(
        Utf8Order.INSTANCE.compare("\ufffd", "\ud83d\ude00") < 0);
  }
}
