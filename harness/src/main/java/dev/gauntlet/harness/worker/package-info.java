/**
 * The worker JVMs that run checks away from the parent, and the private channel (JSON lines over
 * a loopback socket, opened with a one-time token) through which they report.
 */
package dev.gauntlet.harness.worker;
