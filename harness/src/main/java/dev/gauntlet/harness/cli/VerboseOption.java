package dev.gauntlet.harness.cli;

import picocli.CommandLine.Option;

/** The {@code --verbose} option, shared by every subcommand. */
final class VerboseOption {

  @Option(names = "--verbose", description = "Print stack traces and what the harness is doing.")
  boolean verbose;
}
