/** Turns the {@code --impl} argument into the class path a candidate's worker runs with. */
package dev.gauntlet.harness.candidate;
