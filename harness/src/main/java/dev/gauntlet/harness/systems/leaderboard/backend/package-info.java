/**
 * Where a leaderboard under grading keeps its data: a real Redis and MariaDB/MySQL (given by URL,
 * found on localhost, or started with Testcontainers), or embedded H2 and an in-process sorted
 * set; each check's worlds isolated by a key prefix and a database of their own, with the faults
 * the checks inject (a wiped index, a failing statement).
 */
package dev.gauntlet.harness.systems.leaderboard.backend;
