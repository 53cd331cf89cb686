package dev.gauntlet.harness.batch;

import java.util.List;
import java.util.Map;

/**
 * One submission in the gradebook.
 *
 * @param submission its name
 * @param status {@code graded}, {@code cut short} (a worker crashed or timed out: the points are
 *     what finished) or {@code error} (nothing could be graded)
 * @param score points earned
 * @param max points possible
 * @param percent score / max × 100
 * @param categories points earned per category label
 * @param checksPassed checks that earned full points
 * @param checksGraded checks that count towards the total
 * @param failures the ids of the checks short of full marks, in report order
 * @param seed the seed it was graded with
 * @param error why nothing could be graded, else null
 * @param report its report.json, relative to the gradebook when it lies beneath it
 */
public record GradebookRow(String submission, String status, double score, double max,
    double percent, Map<String, Double> categories, int checksPassed, int checksGraded,
    List<String> failures, long seed, String error, String report) {}
