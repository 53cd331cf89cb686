package dev.gauntlet.harness.systems.objectstore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.reference.objectstore.ReferenceObjectStoreFactory;
import dev.gauntlet.specs.objectstore.MetadataEntry;
import dev.gauntlet.specs.objectstore.MetadataNode;
import dev.gauntlet.specs.objectstore.NodeUnavailableException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The simulated nodes and hooks the object store checks stand on. */
class SimStoreTests {

  private final SimStore store = new SimStore(new ReferenceObjectStoreFactory());

  @Test
  void utf8OrderPutsFffdBeforeAnEmojiWhereStringCompareToDoesNot() {
    String fffd = "\ufffd";
    String emoji = "\ud83d\ude00";
    assertTrue(Utf8Order.INSTANCE.compare(fffd, emoji) < 0);
    assertTrue(fffd.compareTo(emoji) > 0);
  }

  @Test
  void utf8OrderAgreesWithComparingTheUtf8Bytes() {
    SplittableRandom random = new SplittableRandom(7);
    int[] points = {'a', '/', 0xE9, 0x7FF, 0xD7FF, 0xE000, 0xFFFD, 0x10000, 0x1F600, 0x10FFFF};
    for (int i = 0; i < 2000; i++) {
      String a = draw(random, points);
      String b = draw(random, points);
      int bytes = Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
          b.getBytes(StandardCharsets.UTF_8));
      assertEquals(Integer.signum(bytes), Integer.signum(Utf8Order.INSTANCE.compare(a, b)),
          () -> Show.text(a) + " vs " + Show.text(b));
    }
  }

  private static String draw(SplittableRandom random, int[] points) {
    StringBuilder s = new StringBuilder();
    for (int n = random.nextInt(4); n >= 0; n--) {
      s.appendCodePoint(points[random.nextInt(points.length)]);
    }
    return s.toString();
  }

  @Test
  void compareAndSetNamesTheVersionReadAndVersionsOnlyGrow() {
    MetadataNode node = store.metadataNodes().get(0);
    assertTrue(node.compareAndSet("k", MetadataNode.ABSENT, new byte[] {1}));
    assertFalse(node.compareAndSet("k", MetadataNode.ABSENT, new byte[] {2}));
    long v1 = node.get("k").orElseThrow().version();
    assertTrue(node.compareAndSet("k", v1, new byte[] {3}));
    long v2 = node.get("k").orElseThrow().version();
    assertTrue(v2 > v1);
    assertFalse(node.compareAndDelete("k", v1));
    assertTrue(node.compareAndDelete("k", v2));
    assertTrue(node.compareAndSet("k", MetadataNode.ABSENT, new byte[] {4}));
    assertTrue(node.get("k").orElseThrow().version() > v2);
  }

  @Test
  void scanReturnsTheRangeInUtf8OrderUpToTheLimit() {
    MetadataNode node = store.metadataNodes().get(1);
    for (String key : List.of("o/b/\ud83d\ude00", "o/b/\ufffd", "o/b/a", "o/c/x", "n/z")) {
      node.put(key, new byte[0]);
    }
    List<String> keys = new ArrayList<>();
    for (MetadataEntry e : node.scan("o/b/", "o/b0", 10)) {
      keys.add(e.key());
    }
    assertEquals(List.of("o/b/a", "o/b/\ufffd", "o/b/\ud83d\ude00"), keys);
    assertEquals(2, node.scan("o/", null, 2).size());
  }

  @Test
  void aNodeThatIsDownRefusesEveryCallAndChangesNothing() {
    SimStorageNode node = store.storageNodes().get(0);
    node.put("blob", new byte[] {1, 2});
    node.down();
    assertThrows(NodeUnavailableException.class, () -> node.put("blob", new byte[] {9}));
    assertThrows(NodeUnavailableException.class, () -> node.get("blob"));
    node.restore();
    assertArrayEquals(new byte[] {1, 2}, node.get("blob").orElseThrow());
    node.down();
    node.restoreEmpty();
    assertTrue(node.get("blob").isEmpty());
  }

  @Test
  void aFlippedBitIsReturnedAsIfItWereGood() {
    SimStorageNode node = store.storageNodes().get(0);
    node.put("blob", new byte[] {0, 0});
    assertTrue(node.flipBit("blob", 9));
    assertArrayEquals(new byte[] {0, 2}, node.get("blob").orElseThrow());
  }

  @Test
  void interleavingActsExactlyAtTheChosenRequestAndSaysWhenThereIsNone() {
    List<String> log = new ArrayList<>();
    SimStorageNode node = store.storageNodes().get(0);
    Runnable three = () -> {
      node.put("a", new byte[0]);
      node.put("b", new byte[0]);
      node.put("c", new byte[0]);
    };
    assertTrue(Interleaving.at(store, 1, Interleaving.When.BEFORE,
        r -> log.add("before " + r.key()), three));
    assertEquals(List.of("before b"), log);
    assertTrue(Interleaving.at(store, 2, Interleaving.When.AFTER,
        r -> log.add("after " + r.key()), three));
    assertEquals(List.of("before b", "after c"), log);
    assertFalse(Interleaving.at(store, 3, Interleaving.When.BEFORE, r -> log.add("x"), three));
    assertThrows(GatewayCrash.class, () -> Interleaving.at(store, 0, Interleaving.When.AFTER,
        r -> {
          throw new GatewayCrash(r);
        }, three));
  }

  @Test
  void theModelListsCommonPrefixesOnceWhereTheirFirstKeyWouldBe() {
    StoreModel model = new StoreModel(64);
    model.createBucket("bkt");
    for (String key : List.of("a", "a/1", "a/2", "ab", "b/x", "\ufffd", "\ud83d\ude00")) {
      model.put("bkt", key, new byte[0], dev.gauntlet.specs.objectstore.PutOptions.defaults(), 0);
    }
    List<String> names = ModelListing.entries(model.objects("bkt"), "", "/", null).stream()
        .map(ModelListing.Entry::name).toList();
    assertEquals(List.of("a", "a/", "ab", "b/", "\ufffd", "\ud83d\ude00"), names);
    assertEquals(List.of("ab", "b/", "\ufffd", "\ud83d\ude00"),
        ModelListing.entries(model.objects("bkt"), "", "/", "a/2").stream()
            .map(ModelListing.Entry::name).toList());
  }
}
