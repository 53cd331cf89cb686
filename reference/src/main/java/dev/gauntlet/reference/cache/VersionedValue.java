package dev.gauntlet.reference.cache;

/**
 * A value as the client stores it on the nodes: the payload with its version, its expiry and the
 * id of the client that wrote it. Encoded as the string
 * {@code <version>|<expiresAt>|<writer length>|<writer><payload>}, with the numbers in decimal and
 * {@code expiresAt} = {@link Long#MAX_VALUE} for no expiry; the writer's length lets both the
 * writer id and the payload hold any character, {@code |} included.
 *
 * <p>Order: the higher version is newer; between equal versions, the greater writer id.
 */
record VersionedValue(long version, long expiresAt, String writer, String payload) {

  static final long NEVER = Long.MAX_VALUE;

  String encode() {
    return new StringBuilder(payload.length() + writer.length() + 48)
        .append(version)
        .append('|')
        .append(expiresAt)
        .append('|')
        .append(writer.length())
        .append('|')
        .append(writer)
        .append(payload)
        .toString();
  }

  /**
   * Decodes a node's value; returns null for a string this client did not write (a node store
   * holds only what clients put there, so that means a value from something else: ignore it).
   */
  static VersionedValue decode(String s) {
    try {
      int a = s.indexOf('|');
      int b = s.indexOf('|', a + 1);
      int c = s.indexOf('|', b + 1);
      if (a < 0 || b < 0 || c < 0) {
        return null;
      }
      long version = Long.parseLong(s, 0, a, 10);
      long expiresAt = Long.parseLong(s, a + 1, b, 10);
      int writerLength = Integer.parseInt(s, b + 1, c, 10);
      int payloadStart = c + 1 + writerLength;
      if (writerLength < 0 || payloadStart > s.length()) {
        return null;
      }
      return new VersionedValue(
          version, expiresAt, s.substring(c + 1, payloadStart), s.substring(payloadStart));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  boolean isLiveAt(long now) {
    return now < expiresAt;
  }

  boolean isNewerThan(VersionedValue other) {
    return other == null
        || version > other.version
        || version == other.version && writer.compareTo(other.writer) > 0;
  }
}
