package dev.gauntlet.harness.cli;

import dev.gauntlet.harness.systems.GradedSystem;
import dev.gauntlet.harness.systems.Systems;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --system} option, shared by {@code list} and {@code grade}. */
final class SystemOption {

  @Option(names = "--system", paramLabel = "ID",
      description = "A system to work on (repeatable; default: all). Known: ${COMPLETION-CANDIDATES}",
      completionCandidates = SystemIds.class)
  List<String> ids = new ArrayList<>();

  /** Returns whether any system was named. */
  boolean given() {
    return !ids.isEmpty();
  }

  /** Returns the systems named, or every system when none is. */
  List<GradedSystem> selected() {
    if (ids.isEmpty()) {
      return Systems.all();
    }
    List<GradedSystem> systems = new ArrayList<>();
    for (String id : new LinkedHashSet<>(ids)) {
      systems.add(Systems.byId(id).orElseThrow(() -> new UserError(
          "unknown system '" + id + "' (known: " + Systems.ids() + ")", true)));
    }
    return systems;
  }

  /** The system ids, for help and completion. */
  static final class SystemIds implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Systems.all().stream().map(GradedSystem::id).iterator();
    }
  }
}
