/** The {@code gauntlet} command line: {@code list} and {@code grade}. */
package dev.gauntlet.harness.cli;
