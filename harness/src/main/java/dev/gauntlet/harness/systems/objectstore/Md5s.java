package dev.gauntlet.harness.systems.objectstore;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The ETags S3 gives: hex MD5 of the bytes, and the multipart "MD5 of MD5s, -N". */
final class Md5s {

  private static final HexFormat HEX = HexFormat.of();

  private Md5s() {}

  static String hex(byte[] data) {
    return HEX.formatHex(digest().digest(data));
  }

  static String multipart(List<String> partEtags) {
    MessageDigest md5 = digest();
    partEtags.forEach(e -> md5.update(HEX.parseHex(e)));
    return HEX.formatHex(md5.digest()) + "-" + partEtags.size();
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has MD5", e);
    }
  }
}
