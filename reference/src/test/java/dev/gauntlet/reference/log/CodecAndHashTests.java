package dev.gauntlet.reference.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gauntlet.specs.log.Header;
import dev.gauntlet.specs.log.LogEntry;
import dev.gauntlet.specs.log.Record;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodecAndHashTests {

  @Test
  void anEntryWithDelimitersInItsStringsRoundTrips() {
    LogEntry e = new LogEntry(7, 3, 12, 4, new Record("k|:1", "v:|2", List.of(
        new Header("h:", "x|y"), new Header("", ""))));
    assertEquals(e, Codec.decode(Codec.encode(e)));
    LogEntry nullKey = new LogEntry(0, 0, -1, -1, new Record(null, ""));
    assertEquals(nullKey, Codec.decode(Codec.encode(nullKey)));
  }

  @Test
  void murmur2MatchesKafkasReferenceValues() {
    // The vectors of Kafka's UtilsTest.testMurmur2, so keys land where a Kafka client puts them.
    assertEquals(-973_932_308, hash("21"));
    assertEquals(-790_332_482, hash("foobar"));
    assertEquals(479_470_107, hash("abc"));
    assertEquals(-985_981_536, hash("a-little-bit-long-string"));
    assertEquals(-1_486_304_829, hash("a-little-bit-longer-string"));
    assertEquals(-58_897_971, hash("lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8"));
  }

  private static int hash(String s) {
    return Murmur2.hash(s.getBytes(StandardCharsets.UTF_8));
  }
}
