package dev.gauntlet.harness.rubric;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line on which each key of a JSON or YAML document is written, so that a message about a
 * rule can say where the rule is. A tree does not keep token locations; a second pass over the
 * tokens does.
 */
final class KeyLines {

  private final Map<String, Integer> lines;

  private KeyLines(Map<String, Integer> lines) {
    this.lines = lines;
  }

  /** Reads the keys' lines of {@code text}, which must already have parsed as a tree. */
  static KeyLines of(JsonFactory factory, String text) throws IOException {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = factory.createParser(text)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.FIELD_NAME) {
          lines.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
              parser.currentTokenLocation().getLineNr());
        }
      }
    }
    return new KeyLines(lines);
  }

  /** Returns the line of the key at {@code path} (one key per element), or 0 when unknown. */
  int line(String... path) {
    JsonPointer pointer = JsonPointer.empty();
    for (String key : path) {
      pointer = pointer.appendProperty(key);
    }
    return lines.getOrDefault(pointer.toString(), 0);
  }
}
