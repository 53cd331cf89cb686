/**
 * Contains what a candidate does while a check runs: each check on a thread of its own within
 * its time limit, and a verdict for loops, deadlocks, exhausted memory, threads left running and
 * exits, so that one hostile check costs its own points and nothing else.
 */
package dev.gauntlet.harness.guard;
