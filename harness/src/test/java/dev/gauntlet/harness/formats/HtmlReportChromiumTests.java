package dev.gauntlet.harness.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens the HTML report in headless Chromium: it renders, its script runs, nothing errs. */
class HtmlReportChromiumTests {

  @TempDir Path temp;

  @Test
  void opensWithoutConsoleErrorsAndItsScriptRuns() throws Exception {
    Optional<Path> chromium = Chromium.find();
    if (chromium.isEmpty()) {
      System.out.println("SKIPPED: no Chromium to open the HTML report"
          + " (apt-get install chromium)");
    }
    Assumptions.assumeTrue(chromium.isPresent(),
        "no Chromium installed (apt-get install chromium)");
    Path page = Files.writeString(temp.resolve("report.html"),
        HtmlReport.render(SampleReports.mixed()));
    Path shot = temp.resolve("report.png");

    Chromium.Load load = Chromium.open(chromium.get(), page, shot, temp);

    assertEquals(List.of(), load.consoleErrors());
    assertTrue(load.dom().contains("id=\"gauntlet-ready\" data-state=\"ready\" hidden=\"\""
        + " data-checks=\"8\"") || load.dom().contains("data-state=\"ready\""), load.dom());
    assertTrue(load.dom().contains("data-checks=\"8\""), "the script saw every check row");
    assertTrue(Files.size(shot) > 10_000, "a screenshot with something on it");
  }

  @Test
  void theConsoleCheckWouldCatchAScriptError() throws Exception {
    Optional<Path> chromium = Chromium.find();
    Assumptions.assumeTrue(chromium.isPresent(),
        "no Chromium installed (apt-get install chromium)");
    Path page = Files.writeString(temp.resolve("broken.html"),
        "<!DOCTYPE html><html><body><script>notAFunction();</script></body></html>");

    Chromium.Load load = Chromium.open(chromium.get(), page, temp.resolve("broken.png"), temp);

    assertEquals(1, load.consoleErrors().size(), load.consoleErrors().toString());
    assertTrue(load.consoleErrors().get(0).contains("Uncaught ReferenceError"));
  }
}
