package dev.gauntlet.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.harness.formats.GradescopeSchema;
import dev.gauntlet.harness.testing.SampleSubmissions;
import dev.gauntlet.harness.testing.Shell;
import dev.gauntlet.harness.testing.WorkflowSteps;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The integration kits, each run for real on a sample submission. */
class KitsIT {

  private static final Path HOME = SampleSubmissions.HOME;

  @TempDir Path temp;

  /** An autograder folder as Gradescope lays it out, with the submission in it. */
  private Path autograder() throws Exception {
    Path root = temp.resolve("autograder");
    Files.createDirectories(root.resolve("source"));
    Files.createDirectories(root.resolve("results"));
    return root;
  }

  private Map<String, String> gradescopeEnv(Path root) {
    return Map.of("AUTOGRADER_ROOT", root.toString(), "GAUNTLET_HOME", HOME.toString(),
        "GAUNTLET_ARGS", "--system cache --seed 5 --check cache.store.model"
            + " --check cache.replication.crash");
  }

  @Test
  void theGradescopeAutograderWritesResultsJson() throws Exception {
    Path root = autograder();
    SampleSubmissions.plantedBug(root.resolve("submission"), "NoReplicationFactory");
    Map<String, String> env = gradescopeEnv(root);

    Shell.Result setup = Shell.run(List.of("bash", HOME.resolve("kits/gradescope/setup.sh")
        .toString()), temp, env);
    assertEquals(0, setup.exit(), setup.output());
    Shell.Result run = Shell.run(List.of("bash", HOME.resolve("kits/gradescope/run_autograder")
        .toString()), temp, env);
    assertEquals(0, run.exit(), run.output());

    String results = Files.readString(root.resolve("results/results.json"));
    assertEquals(List.of(), GradescopeSchema.violations(results));
    JsonNode json = new ObjectMapper().readTree(results);
    assertEquals(14.0, json.get("score").asDouble(), "the store passes, replication fails");
    assertEquals(28.0, json.get("max_score").asDouble());
    assertEquals("failed", json.get("tests").get(1).get("status").asText());
    assertTrue(json.get("tests").get(1).get("output").asText().contains("FAULT crash("));
  }

  @Test
  void theGradescopeAutograderExplainsASubmissionItCannotGrade() throws Exception {
    Path root = autograder();
    Files.createDirectories(root.resolve("submission"));
    Files.writeString(root.resolve("submission/notes.txt"), "I ran out of time");

    Shell.Result run = Shell.run(List.of("bash", HOME.resolve("kits/gradescope/run_autograder")
        .toString()), temp, gradescopeEnv(root));

    assertEquals(0, run.exit(), run.output());
    String results = Files.readString(root.resolve("results/results.json"));
    assertEquals(List.of(), GradescopeSchema.violations(results));
    JsonNode json = new ObjectMapper().readTree(results);
    assertEquals(0, json.get("score").asInt());
    assertTrue(json.get("output").asText().contains("is not a jar, a classes directory or a"
        + " Maven project"), json.get("output").asText());
  }

  @Test
  void theClassroomWorkflowGradesUploadsTheReportAndFailsUnderTheThreshold() throws Exception {
    WorkflowSteps workflow = WorkflowSteps.read(HOME.resolve("kits/github-classroom/gauntlet.yml"));
    Map<String, String> values = Map.of(
        "vars.GAUNTLET_REPO || 'gauntlet-dev/gauntlet'", "gauntlet-dev/gauntlet",
        "vars.GAUNTLET_REF || 'main'", "main",
        "vars.GAUNTLET_FAIL_UNDER || '60'", "60",
        "vars.GAUNTLET_SEED", "9");
    Map<String, String> jobEnv = workflow.env("grade", "Grade", values);
    assertEquals("60", jobEnv.get("FAIL_UNDER"));
    String script = workflow.run("grade", "Grade", values);
    String upload = workflow.step("grade", "Upload the HTML report").path("with").path("path")
        .asText();
    assertEquals("always()", workflow.step("grade", "Upload the HTML report").path("if").asText(),
        "the report is uploaded when grading fails too");

    Path passing = Files.createDirectories(temp.resolve("passing"));
    SampleSubmissions.reference(passing.resolve(jobEnv.get("SUBMISSION")));
    assertEquals(0, grade(script, passing, jobEnv).exit(), "full marks pass the threshold");
    assertTrue(matches(passing, upload), "the upload step finds the HTML report");

    Path failing = Files.createDirectories(temp.resolve("failing"));
    SampleSubmissions.template(failing.resolve(jobEnv.get("SUBMISSION")));
    Shell.Result result = grade(script, failing, jobEnv);
    assertEquals(1, result.exit(), "0% is under 60%: the job fails");
    assertTrue(result.output().contains("0.0% is under the threshold of 60.0% (--fail-under)"),
        result.output());
    assertTrue(matches(failing, upload));
    assertTrue(Files.readString(failing.resolve("step-summary.md")).contains("## Gauntlet: 0/"));
  }

  private Shell.Result grade(String script, Path workspace, Map<String, String> jobEnv)
      throws Exception {
    Map<String, String> env = new HashMap<>(jobEnv);
    env.put("GAUNTLET", HOME.resolve("gauntlet").toString()); // the job checks it out there
    env.put("GITHUB_STEP_SUMMARY", workspace.resolve("step-summary.md").toString());
    return Shell.bash(script, workspace, env);
  }

  private static boolean matches(Path workspace, String glob) throws Exception {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    try (Stream<Path> walk = Files.walk(workspace)) {
      return walk.map(workspace::relativize).anyMatch(matcher::matches);
    }
  }
}
