package dev.gauntlet.harness.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gauntlet.harness.report.RunReport;
import dev.gauntlet.harness.report.SystemReport;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What an interview candidate is shown: the score per category and per system, and nothing that
 * names a check, a scenario or a command that replays one. A candidate who saw the checks could
 * tune a submission to them; the interviewer's views keep everything.
 */
public final class CandidateView {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private CandidateView() {}

  /** Returns {@code report} without its checks, command, candidate path and machine. */
  public static RunReport of(RunReport report) {
    List<SystemReport> systems = report.systems().stream().map(s -> new SystemReport(s.id(),
        s.title(), s.score(), s.max(), s.percent(), s.categories(), s.durationMillis(),
        null, List.of(), s.backend())).toList();
    return new RunReport(report.schema(), report.harnessVersion(), report.runId(),
        report.startedAt(), report.seed(),
        new dev.gauntlet.harness.report.CandidateReport("(your submission)", null,
            report.candidate().kind()),
        "(not shown)", "(not shown)", null, report.exitCode(), report.outcome(),
        systems, report.categories(), report.total(), report.checksPassed(),
        report.checksGraded(), report.submission(), report.error(), report.profile());
  }

  /** Returns the candidate's view as JSON. */
  static String json(RunReport candidate) {
    try {
      return JSON.writeValueAsString(candidate) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
