/** The graded systems: a registry here, and one package of suites per system below it. */
package dev.gauntlet.harness.systems;
