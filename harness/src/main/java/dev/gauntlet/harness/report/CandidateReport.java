package dev.gauntlet.harness.report;

/**
 * The code graded.
 *
 * @param impl the {@code --impl} argument as given
 * @param path the jar or classes directory graded
 * @param kind {@code reference}, {@code jar}, {@code classes} or {@code maven-project}
 */
public record CandidateReport(String impl, String path, String kind) {}
