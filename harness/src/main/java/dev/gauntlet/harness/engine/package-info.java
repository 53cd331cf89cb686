/** The scenario engine: runs properties over generated scenarios and shrinks failures to minimal, replayable steps. */
package dev.gauntlet.harness.engine;
