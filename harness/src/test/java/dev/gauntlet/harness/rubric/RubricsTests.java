package dev.gauntlet.harness.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.run.CheckDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RubricsTests {

  private static final Set<String> KNOWN = Set.of("cache.perf.throughput", "cache.ring.balance");

  @TempDir Path temp;

  private Rubric load(String json) throws Exception {
    return Rubrics.load(Files.writeString(temp.resolve("r.json"), json), KNOWN);
  }

  private String error(String json) {
    return assertThrows(RubricException.class, () -> load(json)).getMessage();
  }

  @Test
  void theDefaultRubricSetsTheThroughputThresholds() {
    assertEquals(Map.of("fullMarksRatio", 0.5, "zeroMarksRatio", 0.1),
        Rubrics.defaults().settings("cache.perf.throughput"));
  }

  @Test
  void aGivenRubricIsLaidOverTheDefault() throws Exception {
    Rubric rubric = load("{\"schema\": 1, \"checks\": {"
        + "\"cache.perf.throughput\": {\"points\": 20, \"settings\": {\"fullMarksRatio\": 0.8}},"
        + "\"cache.ring.balance\": {\"points\": 0}}}");
    assertEquals(Map.of("fullMarksRatio", 0.8, "zeroMarksRatio", 0.1),
        rubric.settings("cache.perf.throughput"));
    assertEquals(20, rubric.points(check("cache.perf.throughput", 10)));
    assertEquals(0, rubric.points(check("cache.ring.balance", 10)));
    assertEquals(7, rubric.points(check("cache.other", 7)));
  }

  @Test
  void problemsAreNamed() {
    assertTrue(error("{\"schema\": 2}").contains("\"schema\" must be 1, was 2"));
    assertTrue(error("{\"schema\": 1, \"chekcs\": {}}").contains("unknown field \"chekcs\""));
    assertTrue(error("{\"schema\": 1, \"checks\": {\"cache.x\": {}}}")
        .contains("names an unknown check cache.x"));
    assertTrue(error("{\"schema\": 1, \"checks\": {\"cache.ring.balance\": {\"points\": -1}}}")
        .contains("\"points\" must be a whole number >= 0"));
    assertTrue(error("{\"schema\": 1, \"checks\": {\"cache.ring.balance\":"
        + " {\"settings\": {\"bound\": \"high\"}}}}").contains("setting \"bound\" must be a number"));
    assertTrue(error("[1, 2").contains("is not valid JSON"));
  }

  private static CheckDescriptor check(String id, int points) {
    return new CheckDescriptor(id, "cache", "s", "t", Category.CORRECTNESS, points, "C", "m");
  }
}
