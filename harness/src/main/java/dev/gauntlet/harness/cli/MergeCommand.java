package dev.gauntlet.harness.cli;

import dev.gauntlet.harness.batch.Gradebook;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gauntlet merge}: joins per-submission reports (e.g. from CI shards) into a gradebook. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Join the report.json files under each PATH (batch folders, shard artifacts,"
        + " run folders or single files) into one gradebook.csv and .json. Two reports of the"
        + " same submission: the later counts.",
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:the gradebook was written",
        ExitCodes.HELP_2, ExitCodes.HELP_4})
final class MergeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin VerboseOption verbose;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders or report.json files.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
      description = "Where gradebook.csv and gradebook.json go (default: the current folder).")
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new UserError(path + " does not exist", false);
      }
    }
    List<Path> reports = Gradebook.findReports(paths);
    if (reports.isEmpty()) {
      throw new UserError("no report.json under " + paths, false);
    }
    // Report paths read best relative to what was merged: shard-1/alice/report.json.
    Path base = paths.size() == 1 && Files.isDirectory(paths.get(0)) ? paths.get(0) : out;
    Gradebook book = Gradebook.of(reports, base);
    Path csv = book.write(out);
    stdout.printf("Gradebook: %s (%d submissions from %d reports)%n", csv, book.rows().size(),
        reports.size());
    stdout.flush();
    return ExitCodes.ALL_PASSED;
  }
}
