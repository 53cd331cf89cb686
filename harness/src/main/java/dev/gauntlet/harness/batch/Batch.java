package dev.gauntlet.harness.batch;

import dev.gauntlet.harness.report.ReportWriter;
import dev.gauntlet.harness.report.RunReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Grades a folder of submissions, several at a time, each into {@code out/<name>/}, and keeps
 * {@code out/gradebook.csv} and {@code .json} up to date as they finish.
 *
 * <p>It resumes: a submission whose report.json is there, graded from the same files (by
 * fingerprint), is not graded again, so a batch killed half-way is simply run again. One
 * submission that cannot be graded, or whose grading throws, gets a report with its error and
 * never stops the others.
 */
public final class Batch {

  /** The file in a submission's folder that says what files it was graded from. */
  static final String FINGERPRINT = "submission.sha256";

  private final Path out;
  private final int jobs;
  private final SubmissionGrader grader;
  private final BiFunction<Submission, String, RunReport> errorReport;
  private final PrintWriter progress;

  /**
   * @param out the batch's output folder
   * @param jobs how many submissions are graded at once
   * @param grader grades one submission
   * @param errorReport the report of a submission whose grading threw, from the message
   * @param progress where the progress line goes
   */
  public Batch(Path out, int jobs, SubmissionGrader grader,
      BiFunction<Submission, String, RunReport> errorReport, PrintWriter progress) {
    this.out = out;
    this.jobs = jobs;
    this.grader = grader;
    this.errorReport = errorReport;
    this.progress = progress;
  }

  /** What a batch did. */
  public record Result(int graded, int resumed, int errors, Gradebook gradebook) {}

  /** Grades {@code submissions} and returns the gradebook of everything under the folder. */
  public Result run(List<Submission> submissions) throws IOException, InterruptedException {
    Files.createDirectories(out);
    List<Submission> todo = new ArrayList<>();
    int resumed = 0;
    for (Submission s : submissions) {
      if (alreadyGraded(s)) {
        resumed++;
      } else {
        todo.add(s);
      }
    }
    BatchProgress bar = new BatchProgress(progress, submissions.size(), resumed);
    if (resumed > 0) {
      bar.note(resumed + " already graded (resumed), " + todo.size() + " to grade");
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs), r -> {
      Thread t = new Thread(r, "gauntlet-batch");
      t.setDaemon(true);
      return t;
    });
    int errors = 0;
    try {
      List<Future<RunReport>> running = new ArrayList<>();
      for (Submission s : todo) {
        running.add(pool.submit(() -> {
          bar.started(s.name());
          RunReport report = gradeOne(s);
          synchronized (this) {
            gradebook().write(out);
          }
          bar.finished(s.name(), report);
          return report;
        }));
      }
      for (Future<RunReport> f : running) {
        try {
          if (f.get().error() != null) {
            errors++;
          }
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException("a batch job failed: " + e.getCause(), e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    Gradebook book = gradebook();
    book.write(out);
    return new Result(todo.size(), resumed, errors, book);
  }

  /** Returns the gradebook of every submission report under the output folder. */
  public Gradebook gradebook() throws IOException {
    List<Path> reports = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(out)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted(Comparator.naturalOrder()).toList()) {
        Path report = dir.resolve(ReportWriter.FILE);
        if (Files.isRegularFile(report)) {
          reports.add(report);
        }
      }
    }
    return Gradebook.of(reports, out);
  }

  private boolean alreadyGraded(Submission s) throws IOException {
    Path folder = out.resolve(s.name());
    Path print = folder.resolve(FINGERPRINT);
    return Files.isRegularFile(folder.resolve(ReportWriter.FILE)) && Files.isRegularFile(print)
        && Files.readString(print).strip().equals(Submissions.fingerprint(s.path()));
  }

  /** Grades one submission into a clean folder; whatever happens, leaves a report there. */
  private RunReport gradeOne(Submission s) throws IOException {
    Path folder = out.resolve(s.name());
    clean(folder);
    Files.createDirectories(folder);
    String fingerprint = Submissions.fingerprint(s.path());
    RunReport report;
    try {
      report = grader.grade(s, folder);
    } catch (Exception | LinkageError e) {
      report = errorReport.apply(s, e.getMessage() == null ? e.toString() : e.getMessage());
      ReportWriter.write(report, folder);
    }
    if (!Files.isRegularFile(folder.resolve(ReportWriter.FILE))) {
      ReportWriter.write(report, folder);
    }
    // Written last: a folder without it was interrupted and is graded again on resume.
    Files.writeString(folder.resolve(FINGERPRINT), fingerprint + "\n");
    return report;
  }

  private static void clean(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
