package dev.gauntlet.harness.batch;

import java.nio.file.Path;

/**
 * One learner's submission in a batch folder.
 *
 * @param name its name in the gradebook: the file or folder name, without {@code .jar}
 * @param path the jar, classes directory or Maven project
 */
public record Submission(String name, Path path) {}
