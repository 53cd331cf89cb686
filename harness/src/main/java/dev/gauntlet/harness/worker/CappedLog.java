package dev.gauntlet.harness.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies a worker's output into its log file, keeping the first {@code cap} bytes: a candidate
 * that floods its output must not fill the disk, and the start of a log says the most.
 */
final class CappedLog implements Runnable {

  /** The default cap: 1 MiB. */
  static final long DEFAULT_CAP = 1L << 20;

  private final InputStream source;
  private final Path file;
  private final long cap;

  CappedLog(InputStream source, Path file, long cap) {
    this.source = source;
    this.file = file;
    this.cap = cap;
  }

  /** Starts copying on a daemon thread and returns it. */
  static Thread start(InputStream source, Path file, long cap) {
    Thread thread = new Thread(new CappedLog(source, file, cap), "log " + file.getFileName());
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  @Override
  public void run() {
    long written = 0;
    long dropped = 0;
    byte[] buffer = new byte[8192];
    try (OutputStream out = Files.newOutputStream(file); InputStream in = source) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        int kept = (int) Math.max(0, Math.min(n, cap - written));
        out.write(buffer, 0, kept);
        written += kept;
        dropped += n - kept;
      }
      if (dropped > 0) {
        out.write(("\n[gauntlet: log truncated: kept the first " + cap + " bytes, dropped "
            + dropped + " more]\n").getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      // The worker's end closed abruptly (it was killed); what was written is kept.
    }
  }
}
