package dev.gauntlet.reference.log;

import dev.gauntlet.specs.log.Header;
import dev.gauntlet.specs.log.LogEntry;
import dev.gauntlet.specs.log.Record;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes log entries as disk strings: numbers separated by '|', then each string as its length,
 * ':' and its characters, so that any key, value or header fits (a null key has length -1).
 */
final class Codec {

  private Codec() {}

  static String encode(LogEntry e) {
    StringBuilder b = new StringBuilder(32 + e.record().value().length());
    b.append(e.offset()).append('|').append(e.leaderEpoch()).append('|').append(e.producerId())
        .append('|').append(e.sequence()).append('|').append(e.record().headers().size())
        .append('|');
    string(b, e.record().key());
    string(b, e.record().value());
    for (Header h : e.record().headers()) {
      string(b, h.key());
      string(b, h.value());
    }
    return b.toString();
  }

  static LogEntry decode(String s) {
    Cursor c = new Cursor(s);
    long offset = c.number();
    int epoch = (int) c.number();
    long producerId = c.number();
    int sequence = (int) c.number();
    int headerCount = (int) c.number();
    String key = c.string();
    String value = c.string();
    List<Header> headers = new ArrayList<>(headerCount);
    for (int i = 0; i < headerCount; i++) {
      headers.add(new Header(c.string(), c.string()));
    }
    return new LogEntry(offset, epoch, producerId, sequence, new Record(key, value, headers));
  }

  /** Encodes numbers separated by '|'. */
  static String numbers(long... values) {
    StringBuilder b = new StringBuilder();
    for (long v : values) {
      b.append(v).append('|');
    }
    return b.toString();
  }

  /** Decodes what {@link #numbers} encoded. */
  static long[] numbers(String s) {
    String[] parts = s.split("\\|");
    long[] values = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = Long.parseLong(parts[i]);
    }
    return values;
  }

  private static void string(StringBuilder b, String s) {
    if (s == null) {
      b.append("-1:");
    } else {
      b.append(s.length()).append(':').append(s);
    }
  }

  private static final class Cursor {
    private final String s;
    private int at;

    Cursor(String s) {
      this.s = s;
    }

    long number() {
      int end = s.indexOf('|', at);
      long v = Long.parseLong(s, at, end, 10);
      at = end + 1;
      return v;
    }

    String string() {
      int colon = s.indexOf(':', at);
      int length = Integer.parseInt(s, at, colon, 10);
      at = colon + 1;
      if (length < 0) {
        return null;
      }
      String v = s.substring(at, at + length);
      at += length;
      return v;
    }
  }
}
