package dev.gauntlet.specs.log;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * What a producer writes: a key (may be null), a value and headers. Immutable.
 *
 * @param key the key, which chooses the partition; null for none
 * @param value the value; not null
 * @param headers the headers, in order; copied
 */
public record Record(String key, String value, List<Header> headers) {

  /** Checks the arguments and copies the headers. */
  public Record {
    Objects.requireNonNull(value, "value");
    headers = List.copyOf(headers);
  }

  /**
   * Creates a record without headers.
   *
   * @param key the key, or null
   * @param value the value
   */
  public Record(String key, String value) {
    this(key, value, List.of());
  }

  /**
   * Returns the size that fetch limits count: the UTF-8 bytes of the key, the value, and every
   * header's key and value.
   *
   * @return the size in bytes
   */
  public int sizeInBytes() {
    int size = utf8(key) + utf8(value);
    for (Header h : headers) {
      size += utf8(h.key()) + utf8(h.value());
    }
    return size;
  }

  private static int utf8(String s) {
    return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
  }
}
