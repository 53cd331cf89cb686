package dev.gauntlet.harness.rubric;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.run.CheckDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads rubrics, in JSON or (for files ending in {@code .yaml} or {@code .yml}) YAML:
 *
 * <pre>{@code
 * schema: 1
 * checks:
 *   cache.perf.throughput:          # a check id
 *     points: 12
 *     settings: {fullMarksRatio: 0.5, zeroMarksRatio: 0.1}
 *   "cache.ring.*":                 # a glob over check ids
 *     visibility: after_due_date
 *   suite:cache.replication:        # a suite; also category:NAME and system:ID
 *     category: fault tolerance
 * }</pre>
 *
 * <p>A rubric given with {@code --rubric} is laid over the default one, so it need only name what
 * it changes. Every problem is one line naming the file, the line and the rule.
 */
public final class Rubrics {

  private static final String DEFAULT = "default-rubric.json";
  private static final Set<String> TOP = Set.of("schema", "checks");
  private static final Set<String> RULE = Set.of("points", "category", "visibility", "settings");

  private Rubrics() {}

  /** Returns the rubric shipped with the harness. */
  public static Rubric defaults() {
    try (InputStream in = Rubrics.class.getResourceAsStream(DEFAULT)) {
      if (in == null) {
        throw new IllegalStateException("the harness jar lacks its default rubric " + DEFAULT);
      }
      return parse("default", new String(in.readAllBytes(), StandardCharsets.UTF_8), false,
          Optional.empty());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the rubric in {@code file} and lays it over the default one.
   *
   * @param knownChecks every check that may be graded; a rule that selects none is rejected
   * @throws RubricException naming the file, the line and the problem, in one line
   */
  public static Rubric load(Path file, Collection<CheckDescriptor> knownChecks) {
    return defaults().overlay(read(file, knownChecks));
  }

  /**
   * Reads the rubric in {@code file} alone, to be laid over another.
   *
   * @throws RubricException naming the file, the line and the problem, in one line
   */
  public static Rubric read(Path file, Collection<CheckDescriptor> knownChecks) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new RubricException("rubric " + file + " does not exist");
    } catch (IOException e) {
      throw new RubricException("cannot read rubric " + file + ": " + e.getMessage());
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
    return parse(file.toString(), text, yaml, Optional.of(knownChecks));
  }

  /**
   * Returns the rubric that hides {@code checks} from students (Gradescope's {@code hidden}):
   * what instructors' own suites start from, so that students never see them unless a rubric
   * says otherwise.
   */
  public static Rubric hidden(Collection<CheckDescriptor> checks) {
    List<RubricEntry> entries = new ArrayList<>();
    CheckRule hide = new CheckRule(Optional.empty(), Optional.empty(),
        Optional.of(Visibility.HIDDEN), Map.of());
    checks.forEach(c -> entries.add(new RubricEntry(Selector.parse(c.id()), hide, 0, 0)));
    return new Rubric("default", entries);
  }

  private static Rubric parse(String source, String text, boolean yaml,
      Optional<Collection<CheckDescriptor>> known) {
    String where = "rubric " + source;
    JsonFactory factory = (yaml ? new YAMLFactory() : new JsonFactory()).enable(
        StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    JsonNode root;
    KeyLines lines;
    try {
      root = new ObjectMapper(factory).readTree(text);
      lines = KeyLines.of(factory, text);
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new RubricException(where + " is not valid " + (yaml ? "YAML" : "JSON") + ": "
          + e.getOriginalMessage().lines().findFirst().orElse("") + " (line " + line + ")");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (root == null || !root.isObject()) {
      throw new RubricException(where + " must be an object with \"schema\" and \"checks\"");
    }
    requireOnly(root, TOP, where, lines);
    if (!root.path("schema").isInt() || root.get("schema").asInt() != 1) {
      throw new RubricException(at(where, lines.line("schema")) + ": \"schema\" must be 1, was "
          + root.path("schema"));
    }
    JsonNode checks = root.path("checks");
    if (!checks.isMissingNode() && !checks.isObject()) {
      throw new RubricException(at(where, lines.line("checks"))
          + ": \"checks\" must map check ids, globs, suite:, category: or system: keys to rules");
    }
    List<RubricEntry> entries = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = checks.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String key = entry.getKey();
      int line = lines.line("checks", key);
      Selector selector = Selector.parse(key);
      known.ifPresent(checksKnown -> requireSelects(selector, checksKnown, at(where, line)));
      CheckRule rule = rule(entry.getValue(), at(where, line) + ", " + key, lines, key);
      entries.add(new RubricEntry(selector, rule, 0, line));
    }
    return new Rubric(source, entries);
  }

  private static void requireSelects(Selector selector, Collection<CheckDescriptor> known,
      String where) {
    boolean any = known.stream().anyMatch(selector::matches);
    switch (selector.kind()) {
      case ID -> {
        if (!any) {
          throw new RubricException(where + " names an unknown check " + selector.value()
              + " (see 'gauntlet list' for the check ids)");
        }
      }
      case GLOB -> {
        if (!any) {
          throw new RubricException(where + ": " + selector.value()
              + " matches no check (see 'gauntlet list' for the check ids)");
        }
      }
      case SUITE -> {
        if (!any) {
          throw new RubricException(where + " names an unknown suite " + selector.value()
              + " (known: " + known.stream().map(c -> c.system() + "." + c.suite()).distinct()
                  .collect(Collectors.joining(", ")) + ")");
        }
      }
      case CATEGORY -> {
        if (Selector.category(selector.value()).isEmpty()) {
          throw new RubricException(where + " names an unknown category " + selector.value()
              + " (known: " + categories() + ")");
        }
      }
      case SYSTEM -> {
        if (!any) {
          throw new RubricException(where + " names an unknown system " + selector.value());
        }
      }
      default -> throw new IllegalStateException(selector.kind().name());
    }
  }

  private static CheckRule rule(JsonNode node, String where, KeyLines lines, String key) {
    if (!node.isObject()) {
      throw new RubricException(where + ": must be an object with points, category, visibility"
          + " and/or settings");
    }
    requireOnly(node, RULE, where, null);
    Optional<Integer> points = Optional.empty();
    if (node.has("points")) {
      if (!node.get("points").isInt() || node.get("points").asInt() < 0) {
        throw new RubricException(where + ": \"points\" must be a whole number >= 0, was "
            + node.get("points"));
      }
      points = Optional.of(node.get("points").asInt());
    }
    Optional<Category> category = Optional.empty();
    if (node.has("category")) {
      category = Optional.of(Selector.category(node.get("category").asText()).orElseThrow(() ->
          new RubricException(where + ": unknown category " + node.get("category")
              + " (known: " + categories() + ")")));
    }
    Optional<Visibility> visibility = Optional.empty();
    if (node.has("visibility")) {
      visibility = Optional.of(Visibility.of(node.get("visibility").asText()).orElseThrow(() ->
          new RubricException(where + ": unknown visibility " + node.get("visibility")
              + " (known: " + Visibility.labels() + ")")));
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
    return new CheckRule(points, category, visibility, settings);
  }

  private static void requireOnly(JsonNode node, Set<String> allowed, String where,
      KeyLines lines) {
    node.fieldNames().forEachRemaining(name -> {
      if (!allowed.contains(name)) {
        throw new RubricException((lines == null ? where : at(where, lines.line(name)))
            + ": unknown field \"" + name + "\" (expected "
            + String.join(", ", allowed.stream().sorted().toList()) + ")");
      }
    });
  }

  private static String at(String where, int line) {
    return line > 0 ? where + " line " + line : where;
  }

  private static String categories() {
    return Arrays.stream(Category.values()).map(Category::label)
        .collect(Collectors.joining(", "));
  }
}
