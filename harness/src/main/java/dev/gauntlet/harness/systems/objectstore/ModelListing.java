package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.specs.objectstore.ObjectSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * The whole of a ListObjectsV2 listing as S3 defines it: keys with the prefix (after
 * startAfter), those holding the delimiter after the prefix rolled up into common prefixes, all
 * in UTF-8 byte order; each key or common prefix is one entry, and pages of maxKeys entries cut
 * this sequence in order.
 */
final class ModelListing {

  /** One entry: an object, or a common prefix (summary null). */
  record Entry(String name, ObjectSummary summary) {

    boolean isPrefix() {
      return summary == null;
    }

    @Override
    public String toString() {
      return isPrefix() ? "prefix " + Show.text(name) : Show.summary(summary);
    }
  }

  private ModelListing() {}

  static List<Entry> entries(NavigableMap<String, StoreModel.Stored> objects, String prefix,
      String delimiter, String startAfter) {
    List<Entry> out = new ArrayList<>();
    String lastPrefix = null;
    for (Map.Entry<String, StoreModel.Stored> e : objects.entrySet()) {
      String key = e.getKey();
      if (!key.startsWith(prefix)
          || (startAfter != null && Utf8Order.INSTANCE.compare(key, startAfter) <= 0)) {
        continue;
      }
      int at = delimiter == null || delimiter.isEmpty() ? -1
          : key.indexOf(delimiter, prefix.length());
      if (at >= 0) {
        String common = key.substring(0, at + delimiter.length());
        if (!common.equals(lastPrefix)) {
          out.add(new Entry(common, null));
          lastPrefix = common;
        }
      } else {
        var info = e.getValue().info();
        out.add(new Entry(key, new ObjectSummary(key, info.size(), info.etag(),
            info.lastModified())));
      }
    }
    return out;
  }
}
