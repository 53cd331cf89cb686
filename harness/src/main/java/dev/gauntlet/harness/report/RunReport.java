package dev.gauntlet.harness.report;

import java.util.List;
import java.util.Map;

/**
 * The whole of {@code report.json}. Fields are documented in reports/README.md.
 *
 * @param schema the report format, {@value #SCHEMA}
 * @param harnessVersion the Gauntlet version that graded
 * @param runId the run folder's name
 * @param startedAt when the run started (ISO-8601, UTC)
 * @param seed the run's seed
 * @param candidate the code graded
 * @param command the command that reproduces the run
 * @param rubric where the rubric came from ({@code default} or a file)
 * @param environment the JVM and OS
 * @param exitCode the exit code of the run
 * @param outcome {@code completed}, {@code cut short} or {@code candidate error}
 * @param systems one entry per system graded
 * @param categories score and max per category label, over all systems
 * @param total score and max over all systems
 * @param checksPassed checks that earned full points
 * @param checksGraded checks that count towards the total (all but skipped ones)
 * @param submission the submission's name in a batch, else null
 * @param error why nothing could be graded (the candidate could not be resolved or loaded),
 *     else null
 * @param profile {@code default}, or {@code interview}
 */
public record RunReport(String schema, String harnessVersion, String runId, String startedAt,
    long seed, CandidateReport candidate, String command, String rubric,
    EnvironmentReport environment, int exitCode, String outcome, List<SystemReport> systems,
    Map<String, Total> categories, Total total, int checksPassed, int checksGraded,
    String submission, String error, String profile) {

  /** The report format this harness writes. */
  public static final String SCHEMA = "gauntlet-report/1";

  /** Returns every check of every system, in report order. */
  public List<CheckReport> allChecks() {
    return systems.stream().flatMap(s -> s.checks().stream()).toList();
  }

  /** Returns this report with {@code name} as its submission. */
  public RunReport withSubmission(String name) {
    return new RunReport(schema, harnessVersion, runId, startedAt, seed, candidate, command,
        rubric, environment, exitCode, outcome, systems, categories, total, checksPassed,
        checksGraded, name, error, profile);
  }
}
