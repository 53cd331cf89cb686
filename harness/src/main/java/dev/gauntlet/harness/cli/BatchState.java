package dev.gauntlet.harness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * What a batch folder was graded with ({@code batch.json}), so that a resumed batch grades the
 * rest of the class under the same seed: every learner meets the same scenarios.
 */
final class BatchState {

  static final String FILE = "batch.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private BatchState() {}

  /**
   * Returns the seed of the batch in {@code folder}: the one it was started with, else
   * {@code given}, else a fresh one.
   *
   * @throws UserError if {@code given} differs from the seed the folder was started with
   */
  static long seed(Path folder, Long given) throws IOException {
    Path file = folder.resolve(FILE);
    if (Files.isRegularFile(file)) {
      JsonNode state = JSON.readTree(file.toFile());
      long stored = state.path("seed").asLong();
      if (given != null && given != stored) {
        throw new UserError(folder + " was graded with seed " + stored + ": resume with that"
            + " seed, or grade into another --out", false);
      }
      return stored;
    }
    return given != null ? given : new SecureRandom().nextLong() & Long.MAX_VALUE;
  }

  /** Records the batch's seed in {@code folder}. */
  static void save(Path folder, long seed) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(FILE), "{\"seed\": " + seed + "}\n");
  }
}
