package dev.gauntlet.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gauntlet.harness.batch.Gradebook;
import dev.gauntlet.harness.batch.GradebookRow;
import dev.gauntlet.harness.testing.SampleSubmissions;
import dev.gauntlet.harness.testing.Shell;
import dev.gauntlet.harness.testing.WorkflowSteps;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gauntlet batch} over a class of three: the reference, the untouched template and a
 * broken upload. It survives being killed half-way (the re-run resumes), and the CI workflow's
 * shards and merge give the same gradebook.
 */
class BatchIT {

  private static final List<String> CHECKS = List.of("cache.store.model", "cache.ring.placement",
      "cache.replication.crash");

  @TempDir static Path temp;
  static Path submissions;

  @BeforeAll
  static void aClass() throws Exception {
    submissions = Files.createDirectories(temp.resolve("class"));
    SampleSubmissions.reference(submissions.resolve("alice"));
    SampleSubmissions.template(submissions.resolve("bob"));
    SampleSubmissions.broken(submissions.resolve("carol.jar"));
  }

  private static List<String> batchCommand(Path out) {
    List<String> command = new ArrayList<>(List.of("bash",
        SampleSubmissions.HOME.resolve("gauntlet").toString(), "batch", submissions.toString(),
        "--out", out.toString(), "--seed", "31", "--jobs", "1", "--system", "cache",
        "--format", "json,gradescope"));
    CHECKS.forEach(c -> command.addAll(List.of("--check", c)));
    return command;
  }

  @Test
  void aKilledBatchResumesAndTheGradebookIsRight() throws Exception {
    Path out = temp.resolve("grades");
    ProcessBuilder builder = new ProcessBuilder(batchCommand(out)).redirectErrorStream(true);
    builder.environment().put("GAUNTLET_SKIP_BUILD", "1");
    Process batch = builder.start();
    batch.getOutputStream().close();
    List<String> seen = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(batch.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        seen.add(line);
        if (line.contains("] 1/3 graded")) {
          break; // alice is graded and bob is starting: kill the batch now
        }
      }
      batch.descendants().forEach(ProcessHandle::destroyForcibly);
      batch.destroyForcibly();
      assertTrue(batch.waitFor(30, TimeUnit.SECONDS));
    }
    System.out.println(String.join("\n", seen));
    assertTrue(seen.stream().anyMatch(l -> l.contains("] 1/3 graded") && l.contains("alice")),
        seen.toString());
    Path alice = out.resolve("alice/report.json");
    assertTrue(Files.isRegularFile(alice));
    FileTime gradedBefore = Files.getLastModifiedTime(alice);
    assertFalse(Files.exists(out.resolve("carol/report.json")), "killed before carol");

    Shell.Result resumed = Shell.run(batchCommand(out), temp, Map.of());

    assertEquals(0, resumed.exit(), resumed.output());
    assertTrue(resumed.output().contains("1 already graded (resumed), 2 to grade"),
        resumed.output());
    assertEquals(gradedBefore, Files.getLastModifiedTime(alice), "alice was not graded again");
    assertRightGradebook(out);
  }

  private static void assertRightGradebook(Path out) throws Exception {
    Gradebook book = new ObjectMapper().readValue(out.resolve("gradebook.json").toFile(),
        Gradebook.class);
    assertEquals(List.of("alice", "bob", "carol"),
        book.rows().stream().map(GradebookRow::submission).toList());
    GradebookRow alice = book.rows().get(0);
    assertEquals("graded", alice.status());
    assertEquals(100.0, alice.percent());
    assertEquals(List.of(), alice.failures());
    assertEquals(31, alice.seed());
    GradebookRow bob = book.rows().get(1);
    assertEquals("graded", bob.status());
    assertEquals(0.0, bob.score());
    assertEquals(alice.max(), bob.max());
    assertEquals(CHECKS.size(), bob.failures().size());
    GradebookRow carol = book.rows().get(2);
    assertEquals("error", carol.status());
    assertTrue(carol.error().contains("is not a jar"), carol.error());
    assertEquals(List.of("correctness", "fault tolerance"), book.categories());
    String csv = Files.readString(out.resolve("gradebook.csv"));
    assertTrue(csv.startsWith("submission,status,score,max,percent,correctness,fault tolerance,"
        + "checks passed,checks graded,failures,seed,error,report\r\n"), csv);
    assertEquals(4, csv.split("\r\n").length, csv);
    assertTrue(Files.isRegularFile(out.resolve("bob/results.json")), "each its own report");
  }

  @Test
  void theClassWorkflowsShardsAndMergeGiveOneGradebook() throws Exception {
    Path home = SampleSubmissions.HOME;
    WorkflowSteps workflow = WorkflowSteps.read(home.resolve(".github/workflows/grade-class.yml"));
    Path grades = temp.resolve("ci-grades");
    Path gradebook = temp.resolve("ci-gradebook");
    Path stepSummary = Files.writeString(temp.resolve("step-summary.md"), "");
    List<Integer> shards = new ArrayList<>();
    workflow.tree().path("jobs").path("shard").path("strategy").path("matrix").path("shard")
        .forEach(n -> shards.add(n.asInt()));
    assertEquals(workflow.tree().path("env").path("SHARDS").asInt(), shards.size(),
        "SHARDS matches the matrix");
    for (int shard : shards) {
      Map<String, String> values = Map.of("matrix.shard", Integer.toString(shard),
          "inputs.submissions", submissions.toString(), "inputs.seed || github.run_id", "31",
          "inputs.arguments", "--system cache --check " + String.join(" --check ", CHECKS));
      Map<String, String> env = new java.util.HashMap<>(workflow.env("shard", "Grade shard",
          values));
      env.put("GRADES", grades.toString());
      Shell.Result result = Shell.bash(workflow.run("shard", "Grade shard", values), home, env);
      assertEquals(0, result.exit(), result.output());
    }
    Map<String, String> env = new java.util.HashMap<>(workflow.env("merge", "Merge", Map.of()));
    env.putAll(Map.of("GRADES", grades.toString(), "GRADEBOOK", gradebook.toString(),
        "GITHUB_STEP_SUMMARY", stepSummary.toString()));
    Shell.Result merged = Shell.bash(workflow.run("merge", "Merge", Map.of()), home, env);
    assertEquals(0, merged.exit(), merged.output());

    Gradebook book = new ObjectMapper().readValue(gradebook.resolve("gradebook.json").toFile(),
        Gradebook.class);
    assertEquals(List.of("alice", "bob", "carol"),
        book.rows().stream().map(GradebookRow::submission).toList());
    assertEquals(100.0, book.rows().get(0).percent());
    assertEquals(CHECKS.size(), book.rows().get(0).checksGraded(), "the workflow's arguments");
    assertEquals(0.0, book.rows().get(1).score());
    assertEquals("error", book.rows().get(2).status());
    assertTrue(book.rows().get(0).report().startsWith("shard-1/alice/"),
        book.rows().get(0).report());
    assertTrue(book.rows().get(1).report().startsWith("shard-2/bob/"));
    assertTrue(Files.readString(stepSummary).contains("alice,graded"));
  }
}
