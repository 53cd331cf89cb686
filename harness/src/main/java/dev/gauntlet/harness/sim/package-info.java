/** The simulated world checks run candidates in: virtual time, and later networks and disks. */
package dev.gauntlet.harness.sim;
