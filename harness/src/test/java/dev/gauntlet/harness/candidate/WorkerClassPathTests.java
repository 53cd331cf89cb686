package dev.gauntlet.harness.candidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerClassPathTests {

  @Test
  void theReferenceTemplateTestClassesAndBootJarsNeverReachAWorker() {
    List<String> kept = List.of("/g/harness/target/classes", "/g/specs/target/classes",
        "/m2/info/picocli/picocli/4.7.7/picocli-4.7.7.jar",
        "/m2/dev/gauntlet/gauntlet-specs/0.1.0-SNAPSHOT/gauntlet-specs-0.1.0-SNAPSHOT.jar");
    List<String> dropped = List.of("/g/reference/target/classes",
        "/g/student-template/target/classes", "/g/harness/target/test-classes",
        "/m2/dev/gauntlet/gauntlet-reference/0.1.0-SNAPSHOT/gauntlet-reference-0.1.0-SNAPSHOT.jar",
        "/m2/dev/gauntlet/gauntlet-student-template/0.1.0-SNAPSHOT/"
            + "gauntlet-student-template-0.1.0-SNAPSHOT.jar",
        "/tmp/surefire123/surefirebooter-2026.jar",
        "/m2/org/apache/maven/surefire/surefire-booter/3.5.4/surefire-booter-3.5.4.jar");
    List<String> all = new java.util.ArrayList<>(kept);
    all.addAll(dropped);
    assertEquals(kept, WorkerClassPath.filter(all));
  }
}
