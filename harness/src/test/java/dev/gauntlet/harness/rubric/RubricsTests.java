package dev.gauntlet.harness.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.run.CheckDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RubricsTests {

  private static final CheckDescriptor THROUGHPUT =
      check("cache.perf.throughput", "perf", Category.PERFORMANCE, 10);
  private static final CheckDescriptor BALANCE =
      check("cache.ring.balance", "ring", Category.CORRECTNESS, 10);
  private static final CheckDescriptor MONOTONICITY =
      check("cache.ring.monotonicity", "ring", Category.CORRECTNESS, 4);
  private static final CheckDescriptor CRASH =
      check("cache.replication.crash", "replication", Category.FAULT_TOLERANCE, 6);
  private static final List<CheckDescriptor> KNOWN =
      List.of(THROUGHPUT, BALANCE, MONOTONICITY, CRASH);

  @TempDir Path temp;

  private Rubric load(String name, String text) throws Exception {
    return Rubrics.load(Files.writeString(temp.resolve(name), text), KNOWN);
  }

  private String error(String name, String text) {
    return assertThrows(RubricException.class, () -> load(name, text)).getMessage();
  }

  @Test
  void theDefaultRubricSetsTheThroughputThresholds() {
    assertEquals(Map.of("fullMarksRatio", 0.5, "zeroMarksRatio", 0.1),
        Rubrics.defaults().settings(THROUGHPUT));
  }

  @Test
  void aGivenRubricIsLaidOverTheDefault() throws Exception {
    Rubric rubric = load("r.json", "{\"schema\": 1, \"checks\": {"
        + "\"cache.perf.throughput\": {\"points\": 20, \"settings\": {\"fullMarksRatio\": 0.8}},"
        + "\"cache.ring.balance\": {\"points\": 0}}}");
    assertEquals(Map.of("fullMarksRatio", 0.8, "zeroMarksRatio", 0.1),
        rubric.settings(THROUGHPUT));
    assertEquals(20, rubric.points(THROUGHPUT));
    assertEquals(0, rubric.points(BALANCE));
    assertEquals(4, rubric.points(MONOTONICITY));
    assertEquals(Visibility.VISIBLE, rubric.visibility(CRASH));
  }

  @Test
  void groupsApplyAndTheMoreSpecificRuleWinsWhateverTheOrder() throws Exception {
    Rubric rubric = load("r.yaml", String.join("\n",
        "schema: 1",
        "checks:",
        "  cache.ring.balance:",
        "    points: 7",
        "  \"cache.ring.*\":",
        "    points: 3",
        "    visibility: after_due_date",
        "  suite:cache.ring:",
        "    points: 1",
        "    category: design",
        "  category:fault tolerance:",
        "    visibility: hidden",
        "  system:cache:",
        "    points: 2",
        ""));
    assertEquals(7, rubric.points(BALANCE), "the id beats the glob written after it");
    assertEquals(3, rubric.points(MONOTONICITY), "the glob beats the suite");
    assertEquals(Category.DESIGN, rubric.category(MONOTONICITY), "what the glob leaves unset"
        + " comes from the suite rule");
    assertEquals(Visibility.AFTER_DUE_DATE, rubric.visibility(BALANCE));
    assertEquals(Visibility.HIDDEN, rubric.visibility(CRASH));
    assertEquals(2, rubric.points(CRASH), "the system rule applies where nothing closer does");
    assertEquals(Category.PERFORMANCE, rubric.category(THROUGHPUT));
  }

  @Test
  void theExampleRubricInTheRepositoryIsValidAgainstTheRealCatalog() throws Exception {
    Path home = Path.of(System.getProperty("gauntlet.home", ".."));
    Path example = home.resolve("docs/rubric-example.yaml");
    Rubric rubric = Rubrics.load(example, dev.gauntlet.harness.run.Catalog.all());
    assertEquals(example.toString(), rubric.source());
    CheckDescriptor real = dev.gauntlet.harness.run.Catalog.all().stream()
        .filter(c -> c.id().equals("cache.perf.throughput")).findFirst().orElseThrow();
    assertEquals(0.6, rubric.settings(real).get("fullMarksRatio"));
  }

  @Test
  void problemsAreOneLineNamingTheLineAndTheRule() {
    assertTrue(error("r.json", "{\"schema\": 2}").contains("line 1: \"schema\" must be 1, was 2"));
    assertTrue(error("r.json", "{\"schema\": 1,\n \"chekcs\": {}}")
        .contains("line 2: unknown field \"chekcs\""));
    assertEquals("rubric " + temp.resolve("r.yaml") + " line 4 names an unknown check"
        + " cache.ring.nope (see 'gauntlet list' for the check ids)",
        error("r.yaml", "schema: 1\nchecks:\n  cache.ring.balance: {points: 1}\n"
            + "  cache.ring.nope: {points: 3}\n"));
    assertTrue(error("r.yaml", "schema: 1\nchecks:\n  \"cache.rnig.*\": {points: 1}\n")
        .contains("line 3: cache.rnig.* matches no check"));
    assertTrue(error("r.yaml", "schema: 1\nchecks:\n  suite:cache.nope: {points: 1}\n")
        .contains("line 3 names an unknown suite cache.nope (known: cache.perf, cache.ring,"));
    assertTrue(error("r.yaml", "schema: 1\nchecks:\n  category:speed: {points: 1}\n")
        .contains("line 3 names an unknown category speed"));
    assertTrue(error("r.json", "{\"schema\": 1, \"checks\": {\"cache.ring.balance\":"
        + " {\"points\": -1}}}").contains("cache.ring.balance: \"points\" must be a whole number"));
    assertTrue(error("r.json", "{\"schema\": 1, \"checks\": {\"cache.ring.balance\":"
        + " {\"visibility\": \"secret\"}}}").contains("unknown visibility \"secret\" (known:"
            + " visible, hidden, after_due_date, after_published)"));
    assertTrue(error("r.json", "{\"schema\": 1, \"checks\": {\"cache.ring.balance\":"
        + " {\"settings\": {\"bound\": \"high\"}}}}")
        .contains("setting \"bound\" must be a number"));
    assertTrue(error("r.json", "[1, 2").contains("is not valid JSON"));
    assertTrue(error("r.yaml", "schema: 1\nchecks:\n  a: [\n").contains("is not valid YAML"));
    String duplicate = error("r.yaml", "schema: 1\nchecks:\n  cache.ring.balance: {points: 1}\n"
        + "  cache.ring.balance: {points: 2}\n");
    assertTrue(duplicate.contains("Duplicate field 'cache.ring.balance'")
        && duplicate.contains("(line 4)"), duplicate);
    List.of(duplicate).forEach(m -> assertEquals(1, m.lines().count(), m));
  }

  private static CheckDescriptor check(String id, String suite, Category category, int points) {
    return new CheckDescriptor(id, "cache", suite, "t", category, points, "C", "m");
  }
}
