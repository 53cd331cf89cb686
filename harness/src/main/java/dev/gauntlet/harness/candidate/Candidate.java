package dev.gauntlet.harness.candidate;

import java.nio.file.Path;

/**
 * The code being graded, resolved from the {@code --impl} argument.
 *
 * @param impl the argument as given, for replay commands
 * @param path the jar or classes directory put on the worker's class path
 * @param kind what the argument named
 */
public record Candidate(String impl, Path path, CandidateKind kind) {}
