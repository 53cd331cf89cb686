package dev.gauntlet.harness.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes and reads {@code report.json}. */
public final class ReportWriter {

  /** The report's file name in the run folder. */
  public static final String FILE = "report.json";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private ReportWriter() {}

  /** Writes {@code report} to {@code runFolder/report.json} and returns that path. */
  public static Path write(RunReport report, Path runFolder) throws IOException {
    Path file = runFolder.resolve(FILE);
    Path partial = runFolder.resolve(FILE + ".tmp");
    JSON.writeValue(partial.toFile(), report);
    // Written whole and then renamed, so a reader never sees half a report.
    return Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** Reads a report written by {@link #write}. */
  public static RunReport read(Path file) throws IOException {
    return JSON.readValue(file.toFile(), RunReport.class);
  }
}
