package dev.gauntlet.harness.cli;

import dev.gauntlet.harness.run.Catalog;
import dev.gauntlet.harness.run.CheckDescriptor;
import dev.gauntlet.harness.systems.GradedSystem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Decides which checks of which systems a grade runs. */
final class Planner {

  private Planner() {}

  /**
   * Returns the checks to run per system: those named by {@code checks}, else all of the
   * selected systems' (with the instructors' suites in {@code suites}).
   *
   * @throws UserError naming a check that no selected system has
   */
  static Map<GradedSystem, List<CheckDescriptor>> plan(SystemOption systems, List<String> checks,
      List<Path> suites) {
    Set<String> wanted = new LinkedHashSet<>(checks);
    Map<GradedSystem, List<CheckDescriptor>> plan = new LinkedHashMap<>();
    Set<String> found = new LinkedHashSet<>();
    for (GradedSystem system : systems.selected()) {
      List<CheckDescriptor> selected = catalog(system, suites).stream()
          .filter(c -> wanted.isEmpty() || wanted.contains(c.id())).toList();
      selected.forEach(c -> found.add(c.id()));
      if (wanted.isEmpty() || !selected.isEmpty() || systems.given()) {
        plan.put(system, selected);
      }
    }
    for (String id : wanted) {
      if (!found.contains(id)) {
        throw new UserError("unknown check '" + id + "'"
            + (systems.given() ? " in system " + String.join(", ", systems.ids) : "")
            + " (see 'gauntlet list')", true);
      }
    }
    return plan;
  }

  /** Returns every check of every system, with the instructors' suites, for rubric checks. */
  static List<CheckDescriptor> allChecks(List<Path> suites) {
    List<CheckDescriptor> all = new ArrayList<>();
    for (GradedSystem system : dev.gauntlet.harness.systems.Systems.all()) {
      all.addAll(catalog(system, suites));
    }
    return all;
  }

  private static List<CheckDescriptor> catalog(GradedSystem system, List<Path> suites) {
    try {
      return Catalog.of(system, suites);
    } catch (IllegalArgumentException | IllegalStateException e) {
      if (suites.isEmpty()) {
        throw e;
      }
      throw new UserError("--suites: " + e.getMessage(), false);
    }
  }
}
