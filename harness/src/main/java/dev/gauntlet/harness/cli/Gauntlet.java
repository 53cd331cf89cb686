package dev.gauntlet.harness.cli;

import dev.gauntlet.harness.candidate.CandidateException;
import dev.gauntlet.harness.rubric.RubricException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** The {@code gauntlet} command: grades implementations of storage systems. */
@Command(name = "gauntlet", mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = "Grades implementations of storage systems against executable specifications.",
    subcommands = {ListCommand.class, GradeCommand.class, BatchCommand.class, MergeCommand.class,
        ReportCommand.class},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCodes.HELP_0, ExitCodes.HELP_1, ExitCodes.HELP_2,
        ExitCodes.HELP_3, ExitCodes.HELP_4})
public final class Gauntlet implements Callable<Integer> {

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** Returns the configured command line; tests call it with their own out and err. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Gauntlet());
    cli.setParameterExceptionHandler(Gauntlet::usageError);
    cli.setExecutionExceptionHandler(Gauntlet::executionError);
    return cli;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.BAD_INPUT;
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    cli.getErr().println("gauntlet: " + e.getMessage());
    cli.getErr().println(tryHelp(cli));
    cli.getErr().flush();
    return ExitCodes.BAD_INPUT;
  }

  private static int executionError(Exception e, CommandLine cli, ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof UserError || e instanceof CandidateException || e instanceof RubricException) {
      err.println("gauntlet: " + e.getMessage());
      if (e instanceof UserError u && u.suggestHelp()) {
        err.println(tryHelp(cli));
      }
      if (verbose(parsed)) {
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    if (verbose(parsed)) {
      e.printStackTrace(err);
    }
    err.println("gauntlet: internal error: " + e
        + (verbose(parsed) ? "" : " (rerun with --verbose for the stack trace)"));
    err.flush();
    return ExitCodes.INTERNAL_ERROR;
  }

  private static String tryHelp(CommandLine cli) {
    return "Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.";
  }

  private static boolean verbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
