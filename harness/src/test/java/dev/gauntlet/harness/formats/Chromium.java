package dev.gauntlet.harness.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Opens a page in headless Chromium, as a person would from disk, with the flags that keep it off
 * the network: for the tests of the HTML report. Absent Chromium, tests skip with the reason.
 */
public final class Chromium {

  private static final List<String> CANDIDATES = List.of("/usr/bin/chromium",
      "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

  private Chromium() {}

  /** Returns the Chromium executable, if one is installed. */
  public static Optional<Path> find() {
    String given = System.getenv("GAUNTLET_CHROMIUM");
    if (given != null && Files.isExecutable(Path.of(given))) {
      return Optional.of(Path.of(given));
    }
    return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
  }

  /** What a page load gave: the DOM after scripts ran, and the console's error lines. */
  public record Load(String dom, List<String> consoleErrors) {}

  /**
   * Loads {@code page}, returns its DOM after its scripts ran and the console errors, and writes
   * a screenshot to {@code screenshot}.
   */
  public static Load open(Path chromium, Path page, Path screenshot, Path temp)
      throws IOException, InterruptedException {
    Path log = temp.resolve("chromium-console.log");
    run(chromium, temp, log, "--dump-dom", page);
    String dom = Files.readString(temp.resolve("chromium-out.txt"), StandardCharsets.UTF_8);
    List<String> errors = new ArrayList<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      // Chromium logs page console messages as CONSOLE(...) lines at --v=0; script errors
      // as "Uncaught".
      if (line.contains("CONSOLE") || line.contains("Uncaught")) {
        errors.add(line);
      }
    }
    run(chromium, temp, temp.resolve("chromium-shot.log"),
        "--screenshot=" + screenshot.toAbsolutePath(), page);
    return new Load(dom, errors);
  }

  private static void run(Path chromium, Path temp, Path log, String action, Path page)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
        "--user-data-dir=" + Files.createTempDirectory(temp, "profile"),
        "--enable-logging=stderr", "--v=0", "--window-size=1200,2400",
        "--virtual-time-budget=2000", action, page.toUri().toString()));
    Process process = new ProcessBuilder(command)
        .redirectOutput(temp.resolve("chromium-out.txt").toFile())
        .redirectError(log.toFile()).start();
    process.getOutputStream().close();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new IOException("chromium did not finish within 90 s: " + command);
    }
  }
}
