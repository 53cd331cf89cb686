/**
 * The simulated world checks run candidates in: virtual time, and a deterministic network whose
 * deliveries, losses, cuts and delays come from a seed and the nemesis.
 */
package dev.gauntlet.harness.sim;
