package dev.gauntlet.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.systems.Systems;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's answers to bad input: exit code 2 and one line, no stack trace. */
class GauntletCommandTests {

  @TempDir Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Gauntlet.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private List<String> errLines() {
    return err.toString().lines().toList();
  }

  private void assertOneLineError(int exit, String expectedStart, boolean tryHelp) {
    assertEquals(ExitCodes.BAD_INPUT, exit, err.toString());
    List<String> lines = errLines();
    assertEquals(tryHelp ? 2 : 1, lines.size(), err.toString());
    assertTrue(lines.get(0).startsWith("gauntlet: " + expectedStart), lines.get(0));
    if (tryHelp) {
      assertEquals("Try 'gauntlet grade --help' for more information.", lines.get(1));
    }
  }

  @Test
  void anUnknownSystemIsNamed() {
    assertOneLineError(run("grade", "--impl", "reference", "--system", "kafka"),
        "unknown system 'kafka' (known: " + Systems.ids() + ")", true);
  }

  @Test
  void anUnknownCheckIsNamed() {
    assertOneLineError(run("grade", "--impl", "reference", "--check", "cache.nope"),
        "unknown check 'cache.nope'", true);
  }

  @Test
  void aMissingPathIsNamed() {
    String missing = temp.resolve("nothing-here").toString();
    assertOneLineError(run("grade", "--impl", missing), missing + " does not exist", false);
  }

  @Test
  void aFileThatIsNotAJarIsRejected() throws Exception {
    Path notes = Files.writeString(temp.resolve("notes.txt"), "hello");
    assertOneLineError(run("grade", "--impl", notes.toString()),
        notes + " is not a jar, a classes directory or a Maven project", false);
  }

  @Test
  void aDirectoryWithoutClassesOrPomIsRejected() {
    assertOneLineError(run("grade", "--impl", temp.toString()),
        temp + " is not a jar, a classes directory or a Maven project", false);
  }

  @Test
  void aMalformedRubricIsNamedWithItsLine() throws Exception {
    Path rubric = Files.writeString(temp.resolve("rubric.json"), "{\"schema\": 1,\n \"checks\": {");
    assertOneLineError(run("grade", "--impl", "reference", "--rubric", rubric.toString()),
        "rubric " + rubric + " is not valid JSON", false);
    assertTrue(errLines().get(0).contains("(line 2)"), errLines().get(0));
  }

  @Test
  void aRubricNamingAnUnknownCheckIsRejected() throws Exception {
    Path rubric = Files.writeString(temp.resolve("rubric.json"),
        "{\"schema\": 1, \"checks\": {\"cache.nope\": {\"points\": 3}}}");
    assertOneLineError(run("grade", "--impl", "reference", "--rubric", rubric.toString()),
        "rubric " + rubric + " line 1 names an unknown check cache.nope", false);
  }

  @Test
  void anUnknownFormatIsNamedWithTheKnownOnes() {
    assertOneLineError(run("grade", "--impl", "reference", "--format", "json,pdf"),
        "unknown format 'pdf' (known: json, summary, gradescope, junit, markdown, html, all)",
        true);
  }

  @Test
  void anUnknownProfileIsAUsageError() {
    int exit = run("grade", "--impl", "reference", "--profile", "exam");
    assertEquals(ExitCodes.BAD_INPUT, exit);
    assertTrue(errLines().get(0).contains("unknown profile 'exam' (known: default, interview)"),
        err.toString());
  }

  @Test
  void aBadShardIsNamed() throws Exception {
    Files.createDirectories(temp.resolve("class"));
    int exit = run("batch", temp.resolve("class").toString(), "--shard", "3/2",
        "--out", temp.resolve("out").toString());
    assertEquals(ExitCodes.BAD_INPUT, exit, err.toString());
    assertTrue(errLines().get(0).startsWith("gauntlet: --shard '3/2' is not K/N"), err.toString());
  }

  @Test
  void aBatchFolderKeepsItsSeed() throws Exception {
    Path out = Files.createDirectories(temp.resolve("out"));
    Files.writeString(out.resolve("batch.json"), "{\"seed\": 5}");
    Files.createDirectories(temp.resolve("class"));
    assertOneLineError(run("batch", temp.resolve("class").toString(), "--seed", "6",
        "--out", out.toString()), out + " was graded with seed 5: resume with that seed", false);
  }

  @Test
  void mergeWithoutReportsIsNamed() {
    assertOneLineError(run("merge", temp.toString()), "no report.json under", false);
  }

  @Test
  void aMissingImplIsAUsageError() {
    assertOneLineError(run("grade"), "Missing required option: '--impl=IMPL'", true);
  }

  @Test
  void aBadTimeoutIsAUsageError() {
    int exit = run("grade", "--impl", "reference", "--timeout", "soon");
    assertEquals(ExitCodes.BAD_INPUT, exit);
    assertTrue(errLines().get(0).contains("'soon' is not a duration"), err.toString());
  }

  @Test
  void aBadHeapIsNamed() {
    assertOneLineError(run("grade", "--impl", "reference", "--heap", "lots"),
        "--heap 'lots' is not a size", true);
  }

  @Test
  void anUnreachableRedisUrlIsNamedWithWhatWasTried() {
    assertOneLineError(run("grade", "--impl", "reference", "--system", "leaderboard",
        "--redis-url", "redis://127.0.0.1:1", "--jdbc-url", "jdbc:mariadb://127.0.0.1:1/x"),
        "cannot reach Redis at redis://127.0.0.1:1: ", false);
  }

  @Test
  void anUnreachableJdbcUrlIsNamed() {
    dev.gauntlet.harness.systems.leaderboard.backend.LocalServices.assumeAvailable();
    assertOneLineError(run("grade", "--impl", "reference", "--system", "leaderboard",
        "--redis-url", "redis://localhost:6379", "--jdbc-url", "jdbc:mariadb://127.0.0.1:1/x"),
        "cannot reach the database at jdbc:mariadb://127.0.0.1:1/x: ", false);
  }

  @Test
  void aBadBackendIsAUsageError() {
    assertOneLineError(run("grade", "--impl", "reference", "--backend", "cloud"),
        "--backend must be auto, embedded or real, was 'cloud'", true);
  }

  @Test
  void urlsWithAnEmbeddedBackendAreRejected() {
    assertOneLineError(run("grade", "--impl", "reference", "--system", "leaderboard",
        "--backend", "embedded", "--redis-url", "redis://localhost:6379"),
        "--redis-url and --jdbc-url need --backend real or auto", false);
  }

  @Test
  void helpListsTheExitCodes() {
    assertEquals(0, run("grade", "--help"));
    assertTrue(out.toString().contains("Exit codes:"), out.toString());
    assertTrue(out.toString().contains("3   the run was cut short"), out.toString());
  }

  @Test
  void listShowsEverySystemWithTotals() {
    assertEquals(0, run("list"));
    assertTrue(out.toString().startsWith("cache: "), out.toString());
    assertTrue(out.toString().matches("(?s).*\\d+ checks, \\d+ points.*"), out.toString());
  }

  @Test
  void listRejectsAnUnknownSystem() {
    assertEquals(ExitCodes.BAD_INPUT, run("list", "--system", "kafka"));
    assertEquals("Try 'gauntlet list --help' for more information.", errLines().get(1));
  }
}
