/**
 * The leaderboard's suites: the ranked index against a model (order, ties, exact scores, cost
 * growth), the service against a model of the leaderboard, its faults (a lost index, a failing
 * database, retries, concurrent submissions) and its throughput against the reference.
 */
package dev.gauntlet.harness.systems.leaderboard;
