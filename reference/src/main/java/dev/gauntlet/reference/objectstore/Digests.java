package dev.gauntlet.reference.objectstore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** MD5 ETags and the hash that places metadata. */
final class Digests {

  private static final HexFormat HEX = HexFormat.of();

  private Digests() {}

  static byte[] md5(byte[] data) {
    try {
      return MessageDigest.getInstance("MD5").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has MD5", e);
    }
  }

  static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  static byte[] unhex(String hex) {
    return HEX.parseHex(hex);
  }

  /** S3's multipart ETag: hex MD5 of the parts' binary MD5s, then "-N". */
  static String multipartEtag(java.util.List<String> partEtags) {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      for (String etag : partEtags) {
        md5.update(unhex(etag));
      }
      return hex(md5.digest()) + "-" + partEtags.size();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has MD5", e);
    }
  }

  /** 64-bit FNV-1a of the UTF-8 bytes, finished with a SplitMix64 mix for an even spread. */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= 0x100000001b3L;
    }
    h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
    return h ^ (h >>> 31);
  }
}
