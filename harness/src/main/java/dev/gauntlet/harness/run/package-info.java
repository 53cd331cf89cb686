/** Discovers the checks of a system and runs them through the JUnit Platform Launcher, one result per check. */
package dev.gauntlet.harness.run;
