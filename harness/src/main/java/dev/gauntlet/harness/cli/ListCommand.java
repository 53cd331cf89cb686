package dev.gauntlet.harness.cli;

import dev.gauntlet.harness.run.Catalog;
import dev.gauntlet.harness.run.CheckDescriptor;
import dev.gauntlet.harness.systems.GradedSystem;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gauntlet list}: the checks of each system, with their points. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List the checks of each system: id, category, points and title.",
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {ExitCodes.HELP_0, ExitCodes.HELP_1, ExitCodes.HELP_2,
        ExitCodes.HELP_3, ExitCodes.HELP_4})
final class ListCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin SystemOption systems;
  @Mixin VerboseOption verbose;

  @picocli.CommandLine.Option(names = "--suites", paramLabel = "JAR",
      description = "Also list the checks of an instructor's suite jar (repeatable).")
  List<java.nio.file.Path> suites = new java.util.ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (GradedSystem system : systems.selected()) {
      List<CheckDescriptor> checks = suites.isEmpty() ? Catalog.of(system)
          : Catalog.of(system, suites.stream().map(p -> p.toAbsolutePath().normalize()).toList());
      out.printf("%s: %s%n", system.id(), system.title());
      int idWidth = Math.max(5, checks.stream().mapToInt(c -> c.id().length()).max().orElse(0));
      out.printf("  %-" + idWidth + "s  %-15s  %6s  %s%n", "id", "category", "points", "title");
      for (CheckDescriptor c : checks) {
        out.printf("  %-" + idWidth + "s  %-15s  %6d  %s%n", c.id(), c.category().label(),
            c.points(), c.title());
      }
      out.printf("  %d checks, %d points%n%n", checks.size(),
          checks.stream().mapToInt(CheckDescriptor::points).sum());
    }
    out.flush();
    return ExitCodes.ALL_PASSED;
  }
}
