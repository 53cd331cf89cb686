/** Your leaderboard: start here, and read specs/leaderboard.md. */
package dev.gauntlet.student.leaderboard;
