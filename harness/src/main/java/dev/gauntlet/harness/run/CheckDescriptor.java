package dev.gauntlet.harness.run;

import dev.gauntlet.harness.check.Category;

/**
 * A check as declared, before it runs.
 *
 * @param id the check's id
 * @param system the system's id
 * @param suite the suite's name
 * @param title the guarantee, in one line
 * @param category where its points count
 * @param points its default points
 * @param className the class declaring it
 * @param methodName the method implementing it
 */
public record CheckDescriptor(String id, String system, String suite, String title,
    Category category, int points, String className, String methodName) {}
