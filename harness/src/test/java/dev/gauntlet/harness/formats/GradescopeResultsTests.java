package dev.gauntlet.harness.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradescopeResultsTests {

  private final String json = GradescopeResults.render(SampleReports.mixed());

  @Test
  void resultsFollowGradescopesDocumentedSchema() {
    assertEquals(List.of(), GradescopeSchema.violations(json));
  }

  @Test
  void theSchemaIsNotVacuous() {
    assertFalse(GradescopeSchema.violations(json.replace("\"status\" : \"failed\"",
        "\"status\" : \"partial\"")).isEmpty(), "Gradescope knows passed and failed only");
    assertFalse(GradescopeSchema.violations(json.replace("\"max_score\"", "\"maxScore\""))
        .isEmpty(), "an undocumented field is an error");
  }

  @Test
  void everyCheckIsATestWithItsScoreVisibilityAndTags() throws Exception {
    JsonNode root = new ObjectMapper().readTree(json);
    assertEquals(31.5, root.get("score").asDouble());
    assertEquals(65.0, root.get("max_score").asDouble(), "the skipped check counts nowhere");
    assertEquals(12, root.get("execution_time").asInt());
    JsonNode tests = root.get("tests");
    assertEquals(8, tests.size());
    JsonNode crash = tests.get(1);
    assertEquals("1.2", crash.get("number").asText());
    assertEquals("failed", crash.get("status").asText());
    assertEquals("after_due_date", crash.get("visibility").asText());
    assertEquals(List.of("cache", "cache.replication", "fault tolerance"),
        List.of(crash.get("tags").get(0).asText(), crash.get("tags").get(1).asText(),
            crash.get("tags").get(2).asText()));
    String output = crash.get("output").asText();
    assertTrue(output.contains("2. FAULT crash(node-3)") && output.contains(SampleReports.REPLAY),
        output);
    assertEquals("failed", tests.get(2).get("status").asText(), "partial credit is not a pass");
    assertEquals(7.5, tests.get(2).get("score").asDouble());
    JsonNode unknown = tests.get(5);
    assertEquals("failed", unknown.get("status").asText(), "unknown is never a pass");
    assertTrue(unknown.get("output").asText().startsWith("UNKNOWN: "));
    assertEquals("hidden", unknown.get("visibility").asText());
    assertFalse(tests.get(7).has("status"), "a skipped check neither passes nor fails");
    assertEquals(0, tests.get(7).get("max_score").asInt());
  }

  @Test
  void theLeaderboardRanksTheScoreAndTheThroughputRatio() throws Exception {
    JsonNode board = new ObjectMapper().readTree(json).get("leaderboard");
    assertEquals(2, board.size());
    assertEquals("cache.perf.throughput (× reference)", board.get(1).get("name").asText());
    assertEquals(0.81, board.get(1).get("value").asDouble());
    assertEquals("desc", board.get(1).get("order").asText());
  }
}
