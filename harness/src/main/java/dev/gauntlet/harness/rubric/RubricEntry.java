package dev.gauntlet.harness.rubric;

/**
 * One rule of a rubric with where it was written.
 *
 * @param selector the checks it applies to
 * @param rule what it says
 * @param layer 0 for the default rubric, 1 for a rubric laid over it, and so on
 * @param line the line of its key in the file, for messages; 0 when unknown
 */
public record RubricEntry(Selector selector, CheckRule rule, int layer, int line) {}
