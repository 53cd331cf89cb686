package dev.gauntlet.harness.batch;

import dev.gauntlet.harness.report.RunReport;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The progress of a batch, one line per event: a bar, how many are graded and running, and
 * what just started or finished. Lines rather than a redrawn bar, so that a CI log reads too.
 */
final class BatchProgress {

  private final PrintWriter out;
  private final int total;
  private int done;
  private int running;

  BatchProgress(PrintWriter out, int total, int resumed) {
    this.out = out;
    this.total = total;
    this.done = resumed;
  }

  synchronized void note(String text) {
    out.println(text);
    out.flush();
  }

  synchronized void started(String name) {
    running++;
    print("grading " + name);
  }

  synchronized void finished(String name, RunReport report) {
    running--;
    done++;
    String what = report.error() != null ? "error: " + report.error()
        : String.format(Locale.ROOT, "%s/%s points (%s%%)", num(report.total().score()),
            num(report.total().max()), report.total().percent());
    print(name + " " + what);
  }

  private void print(String what) {
    int width = 20;
    int filled = total == 0 ? width : done * width / total;
    out.printf("[%s%s] %d/%d graded, %d running · %s%n", "#".repeat(filled),
        ".".repeat(width - filled), done, total, running, what);
    out.flush();
  }

  private static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
