/**
 * The real-time gaming leaderboard: a ranked index with Redis sorted-set semantics, and a service
 * that keeps points durably in a SQL database and ranks in a sorted-set store. Implement
 * {@link dev.gauntlet.specs.leaderboard.LeaderboardFactory} and register it in
 * {@code META-INF/services/dev.gauntlet.specs.leaderboard.LeaderboardFactory}. See
 * {@code specs/leaderboard.md}.
 */
package dev.gauntlet.specs.leaderboard;
