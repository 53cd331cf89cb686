/** Scores results against the rubric and writes them: report.json first, the printed summary as a view of it. */
package dev.gauntlet.harness.report;
