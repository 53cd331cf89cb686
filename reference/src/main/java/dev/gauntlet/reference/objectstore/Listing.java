package dev.gauntlet.reference.objectstore;

import dev.gauntlet.specs.objectstore.ErrorCode;
import dev.gauntlet.specs.objectstore.ListPage;
import dev.gauntlet.specs.objectstore.ListRequest;
import dev.gauntlet.specs.objectstore.MetadataEntry;
import dev.gauntlet.specs.objectstore.MetadataNode;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectSummary;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.PriorityQueue;

/**
 * ListObjectsV2 over sharded metadata: a k-way merge, in UTF-8 byte order, of one cursor per
 * metadata node (each node's scan is already in that order). The continuation token names the
 * last entry of the page — a key ("K") or a common prefix ("P") — so the next page starts right
 * after it: after the key, or after every key under the prefix. That gives no gap and no repeat
 * whatever is written between pages.
 */
final class Listing {

  /** U+10FFFF: every key under prefix P that is not skipped by P + this is skipped one by one. */
  private static final String MAX_CHAR = new String(Character.toChars(0x10FFFF));
  private static final HexFormat HEX = HexFormat.of();

  private final Context ctx;

  Listing(Context ctx) {
    this.ctx = ctx;
  }

  ListPage list(String bucket, ListRequest request) {
    if (request.maxKeys() < 1) {
      throw Errors.error(ErrorCode.INVALID_ARGUMENT, "maxKeys must be at least 1");
    }
    int maxKeys = Math.min(request.maxKeys(), ObjectStore.MAX_KEYS);
    String after = null;
    boolean afterPrefix = false;
    if (request.continuationToken() != null) {
      String token = decode(request.continuationToken());
      afterPrefix = token.charAt(0) == 'P';
      after = token.substring(1);
    } else if (request.startAfter() != null) {
      after = request.startAfter();
    }
    for (MetadataNode node : ctx.metadata.all()) {
      Context.requireBucket(node, bucket);
    }
    String base = MetadataShards.objectPrefix(bucket);
    String prefix = request.prefix();
    String delimiter = request.delimiter() == null || request.delimiter().isEmpty() ? null
        : request.delimiter();
    PriorityQueue<Cursor> merge = new PriorityQueue<>(
        (a, b) -> Utf8Order.INSTANCE.compare(a.key(), b.key()));
    for (MetadataNode node : ctx.metadata.all()) {
      Cursor cursor = new Cursor(node, base, prefix, Math.min(maxKeys + 1, 256));
      cursor.start(after, afterPrefix);
      if (cursor.ready()) {
        merge.add(cursor);
      }
    }
    List<ObjectSummary> contents = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    String last = null;
    boolean lastIsPrefix = false;
    while (!merge.isEmpty() && contents.size() + prefixes.size() < maxKeys) {
      Cursor cursor = merge.poll();
      String key = cursor.key();
      int at = delimiter == null ? -1 : key.indexOf(delimiter, prefix.length());
      if (at >= 0) {
        String common = key.substring(0, at + delimiter.length());
        prefixes.add(common);
        last = common;
        lastIsPrefix = true;
        List<Cursor> all = new ArrayList<>(merge);
        all.add(cursor);
        merge.clear();
        for (Cursor c : all) {
          c.skipPrefix(common);
          if (c.ready()) {
            merge.add(c);
          }
        }
        continue;
      }
      contents.add(Codec.object(cursor.entry().value()).summary());
      last = key;
      lastIsPrefix = false;
      cursor.advance();
      if (cursor.ready()) {
        merge.add(cursor);
      }
    }
    boolean truncated = !merge.isEmpty();
    String token = truncated ? encode((lastIsPrefix ? "P" : "K") + last) : null;
    return new ListPage(contents, prefixes, truncated, token);
  }

  private static String encode(String token) {
    return HEX.formatHex(token.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String token) {
    try {
      String s = new String(HEX.parseHex(token), StandardCharsets.UTF_8);
      if (s.isEmpty() || (s.charAt(0) != 'K' && s.charAt(0) != 'P')) {
        throw new IllegalArgumentException(s);
      }
      return s;
    } catch (IllegalArgumentException e) {
      throw Errors.error(ErrorCode.INVALID_ARGUMENT, "not a continuation token of this store: "
          + token);
    }
  }

  /** One metadata node's keys under the prefix, in order, fetched in batches. */
  private static final class Cursor {
    private final MetadataNode node;
    private final String base;
    private final String prefix;
    private final int batch;
    private List<MetadataEntry> buffer = List.of();
    private int index;
    private boolean exhausted;

    Cursor(MetadataNode node, String base, String prefix, int batch) {
      this.node = node;
      this.base = base;
      this.prefix = prefix;
      this.batch = batch;
    }

    void start(String after, boolean afterPrefix) {
      String from = base + prefix;
      if (after != null && Utf8Order.INSTANCE.compare(base + after, from) >= 0) {
        from = base + after + (afterPrefix ? MAX_CHAR : "\0");
      }
      fill(from);
      if (afterPrefix) {
        skipPrefix(after);
      }
    }

    boolean ready() {
      return index < buffer.size();
    }

    MetadataEntry entry() {
      return buffer.get(index);
    }

    String key() {
      return entry().key().substring(base.length());
    }

    void advance() {
      index++;
      if (index == buffer.size() && !exhausted) {
        fill(buffer.get(buffer.size() - 1).key() + "\0");
      }
    }

    void skipPrefix(String common) {
      if (ready() && key().startsWith(common)) {
        fill(base + common + MAX_CHAR);
      }
      while (ready() && key().startsWith(common)) {
        advance();
      }
    }

    private void fill(String from) {
      List<MetadataEntry> got = MetadataShards.call(node,
          () -> node.scan(from, MetadataShards.prefixEnd(base), batch));
      exhausted = got.size() < batch;
      List<MetadataEntry> kept = new ArrayList<>();
      for (MetadataEntry e : got) {
        if (!e.key().startsWith(base + prefix)) {
          exhausted = true;
          break;
        }
        kept.add(e);
      }
      buffer = kept;
      index = 0;
    }
  }
}
