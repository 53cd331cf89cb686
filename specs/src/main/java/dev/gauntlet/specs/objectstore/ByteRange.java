package dev.gauntlet.specs.objectstore;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP byte range, as in S3's {@code Range} header: {@code bytes=first-last} (both
 * inclusive), {@code bytes=first-} (to the end) or {@code bytes=-n} (the last n bytes). This class
 * only holds and parses it; resolving it against an object's size is the store's job, by S3's
 * rules (RFC 9110 §14.1.2):
 *
 * <ul>
 *   <li>{@code first-last}: bytes first..min(last, size - 1); {@code first >= size} is
 *       {@link ErrorCode#INVALID_RANGE}.
 *   <li>{@code first-}: bytes first..size - 1; {@code first >= size} is InvalidRange.
 *   <li>{@code -n}: the last min(n, size) bytes; {@code n == 0}, or an empty object, is
 *       InvalidRange.
 * </ul>
 *
 * <p>So every range of an empty object is InvalidRange.
 *
 * @param first the first byte, or -1 for a suffix range
 * @param last the last byte (inclusive), or -1 for "to the end" and for a suffix range
 * @param suffixLength n of a suffix range, or -1
 */
public record ByteRange(long first, long last, long suffixLength) {

  private static final Pattern HEADER = Pattern.compile("bytes=(\\d*)-(\\d*)");

  /** Validates the combination. */
  public ByteRange {
    boolean suffix = first == -1 && last == -1 && suffixLength >= 0;
    boolean closed = first >= 0 && last >= first && suffixLength == -1;
    boolean open = first >= 0 && last == -1 && suffixLength == -1;
    if (!(suffix || closed || open)) {
      throw new IllegalArgumentException("not a byte range: first " + first + ", last " + last
          + ", suffix " + suffixLength + " (need 0 <= first <= last, or a suffix length >= 0)");
    }
  }

  /** Returns {@code bytes=first-last}. */
  public static ByteRange closed(long first, long last) {
    return new ByteRange(first, last, -1);
  }

  /** Returns {@code bytes=first-}. */
  public static ByteRange from(long first) {
    return new ByteRange(first, -1, -1);
  }

  /** Returns {@code bytes=-length}. */
  public static ByteRange suffix(long length) {
    return new ByteRange(-1, -1, length);
  }

  /**
   * Parses one range of a {@code Range} header.
   *
   * @throws IllegalArgumentException if it is not {@code bytes=a-b}, {@code bytes=a-} or
   *     {@code bytes=-n} with {@code a <= b} (S3 ignores such a header and returns the whole
   *     object)
   */
  public static ByteRange parse(String header) {
    Matcher m = HEADER.matcher(header);
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
      throw new IllegalArgumentException("not a single byte range: " + header);
    }
    if (m.group(1).isEmpty()) {
      return suffix(Long.parseLong(m.group(2)));
    }
    long first = Long.parseLong(m.group(1));
    return m.group(2).isEmpty() ? from(first) : closed(first, Long.parseLong(m.group(2)));
  }

  /** Returns whether this is a {@code bytes=-n} range. */
  public boolean isSuffix() {
    return first == -1;
  }

  @Override
  public String toString() {
    return isSuffix() ? "bytes=-" + suffixLength
        : "bytes=" + first + "-" + (last == -1 ? "" : Long.toString(last));
  }
}
