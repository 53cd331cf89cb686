package dev.gauntlet.harness.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds the submissions in a batch folder and tells when one has changed. */
public final class Submissions {

  private Submissions() {}

  /**
   * Returns the submissions in {@code dir}, sorted by name: every {@code .jar} file and every
   * folder (a classes directory or a Maven project; what it is, and whether it is usable, is for
   * grading to find out). Hidden entries are left out.
   *
   * @throws IOException if {@code dir} cannot be listed
   */
  public static List<Submission> in(Path dir) throws IOException {
    List<Submission> found = new ArrayList<>();
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path entry : entries.sorted().toList()) {
        String file = entry.getFileName().toString();
        if (file.startsWith(".")) {
          continue;
        }
        if (Files.isDirectory(entry)) {
          found.add(new Submission(file, entry));
        } else if (file.toLowerCase(Locale.ROOT).endsWith(".jar")) {
          found.add(new Submission(file.substring(0, file.length() - 4), entry));
        }
      }
    }
    found.sort(Comparator.comparing(Submission::name));
    return found;
  }

  /**
   * Returns the submissions of shard {@code index} (1-based) of {@code count}: every
   * {@code count}-th one in name order, so shards are disjoint, cover the folder and need no
   * coordination.
   */
  public static List<Submission> shard(List<Submission> all, int index, int count) {
    List<Submission> mine = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (i % count == index - 1) {
        mine.add(all.get(i));
      }
    }
    return mine;
  }

  /**
   * Returns a digest of the submission's files (names and contents), leaving out build output
   * and hidden files, so that a resumed batch grades again what was changed since.
   */
  public static String fingerprint(Path submission) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
    List<Path> files;
    if (Files.isDirectory(submission)) {
      boolean maven = Files.isRegularFile(submission.resolve("pom.xml"));
      try (Stream<Path> walk = Files.walk(submission)) {
        files = walk.filter(Files::isRegularFile)
            .filter(p -> !hidden(submission.relativize(p)))
            .filter(p -> !(maven && submission.relativize(p).startsWith("target")))
            .sorted().toList();
      }
    } else {
      files = List.of(submission);
    }
    byte[] buffer = new byte[1 << 16];
    for (Path file : files) {
      String name = Files.isDirectory(submission) ? submission.relativize(file).toString() : "";
      digest.update(name.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
      digest.update((byte) 0);
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
        while (in.read(buffer) >= 0) {
          // the stream feeds the digest
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
