package dev.gauntlet.harness.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.gauntlet.harness.design.fixtures.allowed.Constants;
import dev.gauntlet.harness.design.fixtures.forbidden.Escapes;
import dev.gauntlet.harness.design.fixtures.forbidden.Everything;
import dev.gauntlet.harness.design.fixtures.library.BorrowedHistogram;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The rules flag what they list and leave constants and compiler-made fields alone. */
class DesignRulesTests {

  private static JavaClasses escapes;

  @Test
  void constantsAndCompilerMadeStaticsAreNotState() {
    JavaClasses classes = CandidateClasses.importFor(Constants.class);
    assertEquals(List.of(), DesignRules.noStaticMutableState().violations(classes));
    assertEquals(List.of(), DesignRules.noWallClock().violations(classes));
    assertEquals(List.of(), DesignRules.noReflection().violations(classes));
    assertEquals(List.of(), DesignRules.noExit().violations(classes));
    assertEquals(List.of(), DesignRules.noThreads().violations(classes));
  }

  @Test
  void everyKindOfStaticStateIsFlaggedOnce() {
    List<String> violations = DesignRules.noStaticMutableState()
        .violations(CandidateClasses.importFor(Everything.class));
    List<String> fields = violations.stream()
        .map(v -> v.substring(v.indexOf("Everything.") + "Everything.".length(), v.indexOf('>')))
        .sorted().collect(Collectors.toList());
    assertEquals(List.of("CACHE", "LOG", "SEQUENCE", "TABLE", "counter"), fields,
        String.join("\n", violations));
    assertTrue(violations.stream().anyMatch(v -> v.contains("LOG> is static and holds a mutable"
        + " List (a ArrayList built by the static initializer) in (Everything.java:")),
        String.join("\n", violations));
  }

  @Test
  void wallClockCallsAndSleepsAreFlaggedWithTheirLine() {
    List<String> violations = DesignRules.noWallClock()
        .violations(CandidateClasses.importFor(Everything.class));
    assertEquals(3, violations.size(), String.join("\n", violations));
    String caller = "Method <" + Everything.class.getName() + ".now()> calls method <";
    assertTrue(violations.stream().allMatch(v -> v.startsWith(caller)
        && v.contains("(Everything.java:")), String.join("\n", violations));
  }

  @Test
  void aLibraryOnTheWorkersClassPathIsNotTheCandidatesToUse() {
    List<String> violations = DesignRules.noHarnessDependency()
        .violations(CandidateClasses.importFor(BorrowedHistogram.class));
    assertTrue(!violations.isEmpty() && violations.stream()
        .allMatch(v -> v.contains("org.HdrHistogram")), String.join("\n", violations));
    assertEquals(List.of(), DesignRules.noHarnessDependency()
        .violations(CandidateClasses.importFor(Constants.class)), "the JDK and specs are fine");
  }

  @Test
  void exitsHaltsAndShutdownHooksAreFlagged() {
    List<String> violations = DesignRules.noExit().violations(escapes());
    assertEquals(List.of("exits() calls method <java.lang.System.exit(int)>",
        "halts() calls method <java.lang.Runtime.halt(int)>",
        "hooks() calls method <java.lang.Runtime.addShutdownHook(java.lang.Thread)>"),
        violations.stream().map(DesignRulesTests::callOnly).toList());
  }

  @Test
  void threadsPoolsAsyncTasksParallelStreamsAndTimersAreFlaggedButCurrentThreadIsNot() {
    List<String> violations = DesignRules.noThreads().violations(escapes());
    String all = String.join("\n", violations);
    for (String expected : List.of("java.lang.Thread.start()",
        "java.util.concurrent.Executors.newFixedThreadPool(int)",
        "java.util.concurrent.CompletableFuture.runAsync(java.lang.Runnable)",
        "java.util.List.parallelStream()", "java.util.Timer.<init>()")) {
      assertTrue(all.contains(expected), expected + " in\n" + all);
    }
    assertTrue(violations.stream().noneMatch(v -> v.contains("allowed()")), all);
  }

  /** The fixture's classes, imported once: an import of test-classes takes seconds. */
  private static JavaClasses escapes() {
    if (escapes == null) {
      escapes = CandidateClasses.importFor(Escapes.class);
    }
    return escapes;
  }

  /** {@code Method <x.Escapes.exits()> calls method <y> in (..)} as {@code exits() calls ..}. */
  private static String callOnly(String violation) {
    String from = violation.substring(violation.indexOf("Escapes.") + "Escapes.".length());
    return from.substring(0, from.indexOf(" in (")).replaceFirst(">", "");
  }

  @Test
  void explanationNamesTheFirstViolationAndTheReasonAndCapsTheList() {
    DesignRule rule = DesignRules.noWallClock();
    List<String> violations = IntStream.rangeClosed(1, 13).mapToObj(i -> "violation " + i)
        .collect(Collectors.toList());
    List<String> lines = rule.explain(violations).lines().collect(Collectors.toList());
    assertEquals("violation 1 (and 12 more). Why: " + rule.reason(), lines.get(0));
    assertEquals(1 + DesignRule.SHOWN + 1, lines.size(), String.join("\n", lines));
    assertEquals("  ... and 3 more", lines.get(lines.size() - 1));
  }
}
