package dev.gauntlet.harness.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a script or the {@code ./gauntlet} launcher as a user would, for the end-to-end tests. */
public final class Shell {

  /** What a command did. */
  public record Result(int exit, String output) {}

  private Shell() {}

  /** Runs {@code ./gauntlet args} from the checkout, with the jars as built. */
  public static Result gauntlet(Path dir, String... args) throws IOException,
      InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash",
        SampleSubmissions.HOME.resolve("gauntlet").toString()));
    command.addAll(List.of(args));
    return run(command, dir, Map.of());
  }

  /** Runs {@code bash -c script} in {@code dir} with {@code env} added to this environment. */
  public static Result bash(String script, Path dir, Map<String, String> env)
      throws IOException, InterruptedException {
    return run(List.of("bash", "-c", script), dir, env);
  }

  /** Runs {@code command}; output and errors together, also echoed for the test report. */
  public static Result run(List<String> command, Path dir, Map<String, String> env)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("gauntlet-shell", ".log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("GAUNTLET_SKIP_BUILD", "1");
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new IOException("did not finish in 10 minutes: " + command);
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    System.out.println("$ " + String.join(" ", command) + "\n" + output);
    return new Result(process.exitValue(), output);
  }
}
