package dev.gauntlet.harness.cli;

import dev.gauntlet.harness.formats.Format;
import dev.gauntlet.harness.formats.Profile;
import dev.gauntlet.harness.formats.Views;
import dev.gauntlet.harness.report.ReportWriter;
import dev.gauntlet.harness.report.RunReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gauntlet report}: renders the views of a report.json again, without grading. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Render views (gradescope, junit, markdown, html) of an existing report.json"
        + " beside it, or into --out.",
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:the views were written",
        ExitCodes.HELP_2, ExitCodes.HELP_4})
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin VerboseOption verbose;

  @Parameters(index = "0", paramLabel = "REPORT", description = "A report.json, or its folder.")
  Path report;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",", required = true,
      description = "Views to write: gradescope, junit, markdown, html, or all.")
  List<String> formats = new ArrayList<>();

  @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "default",
      converter = RunOptions.ProfileConverter.class,
      description = "interview also writes the candidate's views (categories only).")
  Profile profile;

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: beside"
      + " the report).")
  Path out;

  @Override
  public Integer call() throws Exception {
    Path file = Files.isDirectory(report) ? report.resolve(ReportWriter.FILE) : report;
    if (!Files.isRegularFile(file)) {
      throw new UserError(file + " does not exist", false);
    }
    Set<Format> chosen;
    try {
      chosen = Format.parse(formats);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), true);
    }
    RunReport read = ReportWriter.read(file);
    Path folder = out != null ? Files.createDirectories(out) : file.toAbsolutePath().getParent();
    PrintWriter stdout = spec.commandLine().getOut();
    for (Path view : Views.write(read, folder, chosen, profile, Map.of())) {
      stdout.println("View: " + view);
    }
    stdout.flush();
    return ExitCodes.ALL_PASSED;
  }
}
