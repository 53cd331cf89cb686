package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.specs.objectstore.ContentRange;
import dev.gauntlet.specs.objectstore.ListPage;
import dev.gauntlet.specs.objectstore.ObjectData;
import dev.gauntlet.specs.objectstore.ObjectInfo;
import dev.gauntlet.specs.objectstore.ObjectSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders requests and answers the way a failure report shows them: strings as Java literals
 * (characters beyond ASCII escaped, so U+FFFD and U+1F600 stay tellable apart), bytes by length
 * and MD5, so that expected and observed compare as text.
 */
final class Show {

  private Show() {}

  static String text(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7F) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.append('"').toString();
  }

  static String bytes(byte[] data) {
    return data.length + " bytes md5 " + Md5s.hex(data).substring(0, 8);
  }

  static String info(ObjectInfo info) {
    return "{key " + text(info.key()) + ", size " + info.size() + ", etag " + info.etag()
        + ", type " + info.contentType() + ", metadata " + new TreeMap<>(info.userMetadata())
        + ", lastModified " + info.lastModified() + "}";
  }

  static String data(ObjectData data) {
    ContentRange range = data.contentRange();
    return bytes(data.body()) + (range == null ? "" : " (" + range + ")") + " "
        + info(data.info());
  }

  static String summary(ObjectSummary s) {
    return "{" + text(s.key()) + " " + s.size() + " bytes, etag " + s.etag() + ", lastModified "
        + s.lastModified() + "}";
  }

  static String page(ListPage page) {
    List<String> entries = new ArrayList<>();
    page.contents().forEach(s -> entries.add(summary(s)));
    page.commonPrefixes().forEach(p -> entries.add("prefix " + text(p)));
    return "contents+prefixes " + entries + (page.truncated() ? ", truncated" : ", last page")
        + (page.nextContinuationToken() == null ? "" : ", token");
  }

  static String metadata(Map<String, String> metadata) {
    return new TreeMap<>(metadata).toString();
  }
}
