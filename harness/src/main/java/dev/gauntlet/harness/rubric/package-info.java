/** The rubric: points per check and the settings (thresholds, bounds) checks read. */
package dev.gauntlet.harness.rubric;
