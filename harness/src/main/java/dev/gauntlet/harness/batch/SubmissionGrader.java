package dev.gauntlet.harness.batch;

import dev.gauntlet.harness.report.RunReport;
import java.nio.file.Path;

/** Grades one submission of a batch into its own folder. */
@FunctionalInterface
public interface SubmissionGrader {

  /**
   * Grades {@code submission}, writing its report.json (and views) into {@code folder}.
   *
   * @return the report written; a submission that cannot be graded at all still gets one, with
   *     its {@code error} set
   */
  RunReport grade(Submission submission, Path folder) throws Exception;
}
