package dev.gauntlet.reference.cache;

import java.nio.charset.StandardCharsets;

/**
 * MurmurHash3 x64 128-bit (Austin Appleby, public domain), seed 0, reduced to its first 64 bits
 * (h1). A fixed function of the bytes, so ring positions are the same in every JVM and run.
 */
final class Murmur3 {

  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private Murmur3() {}

  /** Returns the first 64 bits of MurmurHash3_x64_128 of the UTF-8 bytes of {@code s}. */
  static long hash64(String s) {
    return hash64(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns the first 64 bits of MurmurHash3_x64_128 of {@code data}, seed 0. */
  @SuppressWarnings("fallthrough") // the tail switch falls through on purpose, as in the original
  static long hash64(byte[] data) {
    int len = data.length;
    long h1 = 0;
    long h2 = 0;
    int blocks = len / 16;
    for (int i = 0; i < blocks; i++) {
      long k1 = littleEndianLong(data, i * 16);
      long k2 = littleEndianLong(data, i * 16 + 8);
      h1 ^= mixK1(k1);
      h1 = Long.rotateLeft(h1, 27);
      h1 += h2;
      h1 = h1 * 5 + 0x52dce729;
      h2 ^= mixK2(k2);
      h2 = Long.rotateLeft(h2, 31);
      h2 += h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    int tail = blocks * 16;
    long k1 = 0;
    long k2 = 0;
    switch (len & 15) {
      case 15: k2 ^= (data[tail + 14] & 0xffL) << 48; // fall through
      case 14: k2 ^= (data[tail + 13] & 0xffL) << 40; // fall through
      case 13: k2 ^= (data[tail + 12] & 0xffL) << 32; // fall through
      case 12: k2 ^= (data[tail + 11] & 0xffL) << 24; // fall through
      case 11: k2 ^= (data[tail + 10] & 0xffL) << 16; // fall through
      case 10: k2 ^= (data[tail + 9] & 0xffL) << 8; // fall through
      case 9:
        k2 ^= data[tail + 8] & 0xffL;
        h2 ^= mixK2(k2);
        // fall through
      case 8: k1 ^= (data[tail + 7] & 0xffL) << 56; // fall through
      case 7: k1 ^= (data[tail + 6] & 0xffL) << 48; // fall through
      case 6: k1 ^= (data[tail + 5] & 0xffL) << 40; // fall through
      case 5: k1 ^= (data[tail + 4] & 0xffL) << 32; // fall through
      case 4: k1 ^= (data[tail + 3] & 0xffL) << 24; // fall through
      case 3: k1 ^= (data[tail + 2] & 0xffL) << 16; // fall through
      case 2: k1 ^= (data[tail + 1] & 0xffL) << 8; // fall through
      case 1:
        k1 ^= data[tail] & 0xffL;
        h1 ^= mixK1(k1);
        break;
      default:
        break;
    }
    h1 ^= len;
    h2 ^= len;
    h1 += h2;
    h2 += h1;
    h1 = fmix64(h1);
    h2 = fmix64(h2);
    h1 += h2;
    return h1;
  }

  private static long mixK1(long k1) {
    k1 *= C1;
    k1 = Long.rotateLeft(k1, 31);
    return k1 * C2;
  }

  private static long mixK2(long k2) {
    k2 *= C2;
    k2 = Long.rotateLeft(k2, 33);
    return k2 * C1;
  }

  private static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }

  private static long littleEndianLong(byte[] b, int i) {
    return (b[i] & 0xffL)
        | (b[i + 1] & 0xffL) << 8
        | (b[i + 2] & 0xffL) << 16
        | (b[i + 3] & 0xffL) << 24
        | (b[i + 4] & 0xffL) << 32
        | (b[i + 5] & 0xffL) << 40
        | (b[i + 6] & 0xffL) << 48
        | (b[i + 7] & 0xffL) << 56;
  }
}
