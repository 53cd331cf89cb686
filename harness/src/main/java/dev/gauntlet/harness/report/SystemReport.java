package dev.gauntlet.harness.report;

import java.util.List;
import java.util.Map;

/**
 * One graded system in the report.
 *
 * @param id the system's id
 * @param title what the system is
 * @param score points earned
 * @param max points possible
 * @param percent score / max × 100
 * @param categories score and max per category label
 * @param durationMillis real time its worker ran
 * @param worker how its worker ended
 * @param checks its checks, in the order they ran
 * @param backend what the checks ran against (a simulation, or an embedded or a real service,
 *     e.g. the leaderboard's Redis and SQL database)
 */
public record SystemReport(String id, String title, double score, double max, double percent,
    Map<String, Total> categories, long durationMillis, WorkerReport worker,
    List<CheckReport> checks, String backend) {}
