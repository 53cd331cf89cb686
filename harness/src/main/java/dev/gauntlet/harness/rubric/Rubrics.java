package dev.gauntlet.harness.rubric;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads rubrics. The format ({@code "schema": 1}):
 *
 * <pre>{@code
 * {"schema": 1,
 *  "checks": {"cache.perf.throughput": {"points": 12,
 *                                       "settings": {"fullMarksRatio": 0.5}}}}
 * }</pre>
 *
 * <p>A rubric given with {@code --rubric} is laid over the default one, so it need only name what
 * it changes.
 */
public final class Rubrics {

  private static final String DEFAULT = "default-rubric.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Rubrics() {}

  /** Returns the rubric shipped with the harness. */
  public static Rubric defaults() {
    try (InputStream in = Rubrics.class.getResourceAsStream(DEFAULT)) {
      if (in == null) {
        throw new IllegalStateException("the harness jar lacks its default rubric " + DEFAULT);
      }
      return parse("default", JSON.readTree(in), Optional.empty());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the rubric in {@code file} and lays it over the default one.
   *
   * @param knownChecks the ids of every check; a rubric naming another is rejected
   * @throws RubricException naming the file and the problem
   */
  public static Rubric load(Path file, Set<String> knownChecks) {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new RubricException("rubric " + file + " does not exist");
    } catch (JacksonException e) {
      throw new RubricException("rubric " + file + " is not valid JSON: "
          + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr() + ")");
    } catch (IOException e) {
      throw new RubricException("cannot read rubric " + file + ": " + e.getMessage());
    }
    return defaults().overlay(parse(file.toString(), root, Optional.of(knownChecks)));
  }

  private static Rubric parse(String source, JsonNode root, Optional<Set<String>> known) {
    String where = "rubric " + source;
    if (root == null || !root.isObject()) {
      throw new RubricException(where + " must be a JSON object with \"schema\" and \"checks\"");
    }
    requireOnly(root, Set.of("schema", "checks"), where);
    if (!root.path("schema").isInt() || root.get("schema").asInt() != 1) {
      throw new RubricException(where + ": \"schema\" must be 1, was " + root.path("schema"));
    }
    JsonNode checks = root.path("checks");
    if (!checks.isMissingNode() && !checks.isObject()) {
      throw new RubricException(where + ": \"checks\" must be an object keyed by check id");
    }
    Map<String, CheckRule> rules = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = checks.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String id = entry.getKey();
      if (known.isPresent() && !known.get().contains(id)) {
        throw new RubricException(where + " names an unknown check " + id
            + " (see 'gauntlet list' for the check ids)");
      }
      rules.put(id, rule(entry.getValue(), where + ", check " + id));
    }
    return new Rubric(source, rules);
  }

  private static CheckRule rule(JsonNode node, String where) {
    if (!node.isObject()) {
      throw new RubricException(where + ": must be an object with \"points\" and/or \"settings\"");
    }
    requireOnly(node, Set.of("points", "settings"), where);
    Optional<Integer> points = Optional.empty();
    if (node.has("points")) {
      if (!node.get("points").isInt() || node.get("points").asInt() < 0) {
        throw new RubricException(where + ": \"points\" must be a whole number >= 0, was "
            + node.get("points"));
      }
      points = Optional.of(node.get("points").asInt());
    }
    Map<String, Double> settings = new LinkedHashMap<>();
    JsonNode given = node.path("settings");
    if (!given.isMissingNode() && !given.isObject()) {
      throw new RubricException(where + ": \"settings\" must be an object of numbers");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> setting = it.next();
      if (!setting.getValue().isNumber()) {
        throw new RubricException(where + ": setting \"" + setting.getKey()
            + "\" must be a number, was " + setting.getValue());
      }
      settings.put(setting.getKey(), setting.getValue().asDouble());
    }
    return new CheckRule(points, settings);
  }

  private static void requireOnly(JsonNode node, Set<String> allowed, String where) {
    node.fieldNames().forEachRemaining(name -> {
      if (!allowed.contains(name)) {
        throw new RubricException(where + ": unknown field \"" + name + "\" (expected "
            + String.join(", ", allowed.stream().sorted().toList()) + ")");
      }
    });
  }
}
